package dev.rolebook.templates;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Example;
import dev.rolebook.model.Organization;
import dev.rolebook.model.Pitfalls;
import dev.rolebook.model.Responsibilities;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleRecord;
import dev.rolebook.model.RoleVersion;
import dev.rolebook.model.Salary;
import dev.rolebook.model.Workplace;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalog as plain data for templates: maps, lists and strings only, with dates and amounts
 * already written out for the label language. Templates decide what to show and in what order;
 * this class only translates records into words and numbers a template can print.
 */
final class DocumentData {
    private final Locale locale;
    private final Map<String, String> labels;
    private final DateTimeFormatter dates;

    DocumentData(String labelLanguage, Map<String, String> labels) {
        this.locale = Locale.forLanguageTag(labelLanguage);
        this.labels = labels;
        // One way of writing a date per label language, the labels' own (Labels checked the
        // pattern), rather than the locale's: en and en-GB, and JDK 17 and 25, would differ. A
        // user's label file from before date.format keeps the locale's way.
        String pattern = labels.get(Labels.DATE_FORMAT);
        this.dates = pattern != null ? DateTimeFormatter.ofPattern(pattern, locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    Map<String, Object> build(Catalog catalog, List<Department> departments, RenderOptions options,
            String labelLanguage, String logo) {
        Data document = new Data()
                .put("kind", options.kind().id())
                .put("lang", labelLanguage)
                .put("paper", options.paper().css())
                .put("date", date(options.date()))
                .put("dateIso", options.date().toString())
                .put("record", options.kind() == DocumentKind.SHEET ? record(catalog, departments, options.employee()) : null);
        Data root = new Data()
                .put("doc", document)
                .put("labels", labels)
                .put("catalog", catalog(catalog, logo))
                .put("departments", Data.list(departments, department -> department(catalog, department, options.date(),
                        options.kind() != DocumentKind.HANDBOOK)));
        if (options.employee() != null) {
            root.put("employee", employee(options.employee()));
        }
        if (options.kind() == DocumentKind.CHANGES) {
            root.put("changes", new ChangesData(labels).of(options.previous(), catalog, departments.get(0).roles().get(0)));
        }
        return root.map();
    }

    /** What a sheet says of its role, as data the sheet carries: which text the employee signed. */
    private static String record(Catalog catalog, List<Department> departments, Employee employee) {
        Department department = departments.get(0);
        return RoleRecord.json(catalog, department, department.roles().get(0), employee == null ? null : employee.name(),
                employee == null ? null : employee.contractNumber());
    }

    private Data catalog(Catalog catalog, String logo) {
        Data data = new Data()
                .put("id", catalog.id())
                .put("title", catalog.title())
                .put("version", catalog.version())
                .put("lang", catalog.language())
                .put("alternativeTitleLang", catalog.alternativeTitleLanguage() != null
                        ? catalog.alternativeTitleLanguage() : catalog.language());
        if (catalog.source() != null) {
            data.put("source", new Data()
                    .put("work", catalog.source().work())
                    .put("author", catalog.source().author())
                    .put("page", catalog.source().page()));
        }
        Organization org = catalog.organization();
        if (org != null) {
            data.put("organization", new Data()
                    .put("name", org.name())
                    .put("website", org.website())
                    .put("address", org.address())
                    .put("email", org.email())
                    .put("logo", logo)
                    .put("logoUrl", org.logoUrl())
                    .put("logoAlt", org.logoAlt() != null ? org.logoAlt() : org.name()));
        }
        return data;
    }

    /** @param versions whether roles get their version (the documents of one role print it; handbooks do not) */
    private Data department(Catalog catalog, Department department, LocalDate documentDate, boolean versions) {
        return new Data()
                .put("id", department.id())
                .put("anchor", "department-" + department.id())
                .put("name", department.name())
                .put("quotes", Data.list(department.quotes(),
                        q -> new Data().put("text", q.text()).put("author", q.author())))
                .put("roles", Data.list(department.roles(), role -> role(catalog, role, department, documentDate, versions)));
    }

    private Data role(Catalog catalog, Role role, Department department, LocalDate documentDate, boolean versions) {
        return new Data()
                .put("id", role.id())
                .put("version", versions ? RoleVersion.of(department, role) : null)
                .put("anchor", "role-" + role.id())
                .put("departmentName", department.name())
                .put("title", role.title())
                .put("alternativeTitle", role.alternativeTitle())
                .put("summary", role.summary())
                .put("responsibilities", responsibilities(role.responsibilities()))
                .put("pitfalls", pitfalls(role.pitfalls()))
                .put("example", example(role.example()))
                .put("requirements", role.requirements().isEmpty() ? null : role.requirements())
                .put("reportsTo", role.reportsTo())
                .put("employmentType", role.employmentType() == null ? null
                        : role.employmentType().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("location", location(role.location()))
                .put("salary", salary(role.salary()))
                .put("validThrough", role.validThrough() == null ? null : date(role.validThrough()))
                .put("validThroughIso", role.validThrough() == null ? null : role.validThrough().toString())
                .put("datePostedIso", (role.datePosted() != null ? role.datePosted() : documentDate).toString())
                .put("occupationalCategory", role.occupationalCategory())
                .put("jobPosting", JobPosting.of(catalog, role, documentDate));
    }

    private static Data responsibilities(Responsibilities duties) {
        return new Data()
                .put("leadIn", duties.leadIn())
                .put("heading", duties.heading())
                .put("areas", Data.list(duties.areas(),
                        area -> new Data().put("title", area.title()).put("items", area.items())));
    }

    private static Data pitfalls(Pitfalls pitfalls) {
        if (pitfalls == null) {
            return null;
        }
        return new Data()
                .put("heading", pitfalls.heading())
                .put("items", Data.list(pitfalls.items(),
                        p -> new Data().put("title", p.title()).put("detail", p.detail())));
    }

    private static Data example(Example example) {
        return example == null ? null
                : new Data().put("heading", example.heading()).put("paragraphs", example.paragraphs());
    }

    /**
     * The workplace as a reader writes it: a region named like its city (Yerevan is both) once, the
     * country by its name in the document's language rather than its code ("Armenia", "Հայաստան",
     * not "AM"). The parts stay separate for templates and job boards.
     */
    private Data location(Workplace place) {
        if (place == null) {
            return null;
        }
        String region = place.region() != null && place.region().equalsIgnoreCase(place.city()) ? null : place.region();
        String text = Stream.of(place.street(), place.postalCode(), place.city(), region, countryName(place.country()))
                .filter(part -> part != null)
                .collect(Collectors.joining(", "));
        return new Data()
                .put("text", text.isEmpty() ? null : text)
                .put("street", place.street())
                .put("city", place.city())
                .put("region", place.region())
                .put("postalCode", place.postalCode())
                .put("country", place.country())
                .put("remote", place.remote());
    }

    private String countryName(String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return code;
        }
        String name = new Locale.Builder().setRegion(code.toUpperCase(Locale.ROOT)).build().getDisplayCountry(locale);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
    }

    private Data salary(Salary salary) {
        if (salary == null) {
            return null;
        }
        NumberFormat amounts = NumberFormat.getNumberInstance(locale);
        String min = salary.min() == null ? null : amounts.format(salary.min());
        String max = salary.max() == null ? null : amounts.format(salary.max());
        String range = min != null && max != null ? min + " – " + max : min != null ? min : max;
        String period = salary.period().name().toLowerCase(Locale.ROOT);
        return new Data()
                .put("text", range + " " + salary.currency() + " " + labels.getOrDefault("salary.per." + period, period))
                .put("min", salary.min() == null ? null : salary.min().toPlainString())
                .put("max", salary.max() == null ? null : salary.max().toPlainString())
                .put("currency", salary.currency())
                .put("period", period);
    }

    private Data employee(Employee employee) {
        return new Data()
                .put("name", employee.name())
                .put("contractNumber", employee.contractNumber())
                .put("contractDate", employee.contractDate() == null ? null : date(employee.contractDate()))
                .put("startDate", employee.startDate() == null ? null : date(employee.startDate()))
                .put("manager", employee.manager())
                .put("extra", employee.extra());
    }

    private String date(LocalDate day) {
        return dates.format(day);
    }
}
