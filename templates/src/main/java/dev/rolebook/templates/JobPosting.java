package dev.rolebook.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Organization;
import dev.rolebook.model.Role;
import dev.rolebook.model.Salary;
import dev.rolebook.model.Workplace;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A role's schema.org JobPosting (Google's required and recommended properties) built as data and
 * written by Jackson, so no comma or quote depends on a template's conditions. The template calls
 * it with the posting's description, which it makes itself (the whole posting as HTML, as job
 * boards ask): {@code ${role.jobPosting(description)?no_esc}}. The JSON escapes {@code <}, {@code >}
 * and {@code &}, so it cannot end its script element or be read as markup.
 */
final class JobPosting implements TemplateMethodModelEx {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new dev.rolebook.model.MarkupSafeJson());
        // 3E+5 is a valid number but not what a job board shows: amounts as written.
        JSON.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** Indented, with the same line ends everywhere, so the page reads well and is the same bytes on every system. */
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Map<String, Object> posting;

    private JobPosting(Map<String, Object> posting) {
        this.posting = posting;
    }

    static JobPosting of(Catalog catalog, Role role, LocalDate documentDate) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("title", role.title());
        posting.put("description", "");
        Organization organization = catalog.organization();
        posting.put("identifier", object("PropertyValue", "name",
                organization != null ? organization.name() : catalog.title(), "value", catalog.id() + "/" + role.id()));
        posting.put("datePosted", (role.datePosted() != null ? role.datePosted() : documentDate).toString());
        posting.put("directApply", false);
        put(posting, "validThrough", role.validThrough() == null ? null : role.validThrough().toString());
        put(posting, "occupationalCategory", role.occupationalCategory());
        if (organization != null) {
            posting.put("hiringOrganization", object("Organization", "name", organization.name(),
                    "sameAs", organization.website(), "logo", organization.logoUrl()));
        }
        if (role.employmentType() != null) {
            posting.put("employmentType", role.employmentType().name().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        location(posting, role.location());
        Salary salary = role.salary();
        if (salary != null) {
            Map<String, Object> value = object("QuantitativeValue", "minValue", salary.min(), "maxValue", salary.max(),
                    "unitText", salary.period().name().toUpperCase(Locale.ROOT));
            Map<String, Object> amount = object("MonetaryAmount", "currency", salary.currency());
            amount.put("value", value);
            posting.put("baseSalary", amount);
        }
        return new JobPosting(posting);
    }

    private static void location(Map<String, Object> posting, Workplace place) {
        if (place == null) {
            return;
        }
        boolean remote = Boolean.TRUE.equals(place.remote());
        boolean address = place.street() != null || place.city() != null || place.region() != null
                || place.postalCode() != null;
        if (address || place.country() != null && !remote) {
            Map<String, Object> postal = object("PostalAddress", "streetAddress", place.street(), "addressLocality",
                    place.city(), "addressRegion", place.region(), "postalCode", place.postalCode(),
                    "addressCountry", place.country());
            Map<String, Object> where = object("Place");
            where.put("address", postal);
            posting.put("jobLocation", where);
        }
        if (remote) {
            posting.put("jobLocationType", "TELECOMMUTE");
            if (place.country() != null) {
                posting.put("applicantLocationRequirements", object("Country", "name", place.country()));
            }
        }
    }

    /** A schema.org object of {@code type} with the given properties, those without a value left out. */
    private static Map<String, Object> object(String type, Object... properties) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        for (int i = 0; i < properties.length; i += 2) {
            put(object, (String) properties[i], properties[i + 1]);
        }
        return object;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The JobPosting as JSON, with the description the template made. */
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel description)) {
            throw new TemplateModelException("jobPosting takes the posting's description, as text");
        }
        Map<String, Object> withDescription = new LinkedHashMap<>(posting);
        withDescription.put("description", description.getAsString().strip());
        try {
            return WRITER.writeValueAsString(withDescription);
        } catch (JsonProcessingException e) {
            throw new TemplateModelException("the JobPosting cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
