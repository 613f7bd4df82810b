package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Role;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every posting page's schema.org JobPosting has what Google's guidelines for job postings require
 * (title, description, datePosted, hiringOrganization, a location or an applicant location for a
 * remote job) and recommend (identifier, validThrough, employmentType, baseSalary, directApply),
 * and its description is HTML holding every duty and requirement the page shows.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JobPostingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPostingTellsJobBoardsWhatTheyAskFor() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Matrix.Output output : Matrix.outputs("html")) {
            if (!output.from().kind().equals("posting")) {
                continue;
            }
            pages++;
            Document page = HtmlStructure.parse(output.file());
            JsonNode posting = jobPosting(page);
            if (posting == null) {
                problems.add(output + ": no JobPosting");
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String required : List.of("title", "description", "datePosted", "identifier", "directApply")) {
                if (posting.path(required).isMissingNode()) {
                    missing.add(required);
                }
            }
            Catalog catalog = output.from().catalog();
            String roleId = output.file().getFileName().toString().split("\\.")[3];
            Role role = catalog.roles().stream().filter(r -> r.id().equals(roleId)).findFirst().orElseThrow();
            if (catalog.organization() != null && posting.path("hiringOrganization").path("name").asText().isBlank()) {
                missing.add("hiringOrganization.name");
            }
            boolean remote = posting.path("jobLocationType").asText().equals("TELECOMMUTE");
            if (remote && posting.path("applicantLocationRequirements").path("name").asText().isBlank()) {
                missing.add("applicantLocationRequirements (a remote job)");
            }
            // Without a location in the catalog there is none to give (the export warns that job boards need one).
            if (!remote && role.location() != null && role.location().country() != null
                    && posting.path("jobLocation").path("address").path("addressCountry").asText().isBlank()) {
                missing.add("jobLocation.address.addressCountry");
            }
            if (role.salary() != null && posting.path("baseSalary").path("currency").asText().isBlank()) {
                missing.add("baseSalary");
            }
            if (role.employmentType() != null && posting.path("employmentType").asText().isBlank()) {
                missing.add("employmentType");
            }
            if (role.validThrough() != null && !posting.path("validThrough").asText().equals(role.validThrough().toString())) {
                missing.add("validThrough");
            }
            if (!missing.isEmpty()) {
                problems.add(output + ": no " + String.join(", ", missing));
            }
            try {
                LocalDate.parse(posting.path("datePosted").asText());
            } catch (DateTimeParseException e) {
                problems.add(output + ": datePosted '" + posting.path("datePosted").asText() + "' is not a date");
            }
            String category = posting.path("occupationalCategory").asText();
            if (!category.isEmpty() && !category.equals(role.occupationalCategory())) {
                problems.add(output + ": occupationalCategory '" + category + "' is not the catalog's occupation code");
            }
            problems.addAll(description(output, page, posting.path("description").asText()));
        }
        System.out.printf("JobPosting data: %d posting pages%n", pages);
        assertThat(pages).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void theFixtureSaysWhatItsCatalogGives() throws Exception {
        Matrix.Output page = Matrix.outputs("html").stream()
                .filter(o -> o.from().name().equals("acme en posting"))
                .filter(o -> o.file().getFileName().toString().contains(".account-manager."))
                .findFirst().orElseThrow();
        JsonNode posting = jobPosting(HtmlStructure.parse(page.file()));
        assertThat(posting.path("datePosted").asText()).isEqualTo("2026-01-10");
        assertThat(posting.path("occupationalCategory").asText()).isEqualTo("3322");
        assertThat(posting.path("hiringOrganization").path("logo").asText()).isEqualTo("https://acme.am/logo.png");
        assertThat(posting.path("identifier").path("value").asText()).isEqualTo("acme/account-manager");
        assertThat(posting.path("baseSalary").path("value").path("minValue").asInt()).isEqualTo(400000);

        Matrix.Output remote = Matrix.outputs("html").stream()
                .filter(o -> o.from().name().equals("acme en posting"))
                .filter(o -> o.file().getFileName().toString().contains(".telesales-specialist."))
                .findFirst().orElseThrow();
        JsonNode telesales = jobPosting(HtmlStructure.parse(remote.file()));
        assertThat(telesales.path("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
        assertThat(telesales.path("applicantLocationRequirements").path("name").asText()).isEqualTo("AM");
        assertThat(telesales.path("datePosted").asText()).as("without date_posted, the document's date")
                .isEqualTo(LocalDate.ofInstant(Matrix.FIXED, java.time.ZoneOffset.UTC).toString());
    }

    private static JsonNode jobPosting(Document page) throws Exception {
        NodeList scripts = page.getElementsByTagName("script");
        for (int i = 0; i < scripts.getLength(); i++) {
            Element script = (Element) scripts.item(i);
            if (script.getAttribute("type").equals("application/ld+json")) {
                JsonNode data = JSON.readTree(script.getTextContent());
                if (data.path("@type").asText().equals("JobPosting")) {
                    return data;
                }
            }
        }
        return null;
    }

    /** The description, parsed as the HTML it is, holds each duty and requirement the page lists. */
    private static List<String> description(Matrix.Output output, Document page, String html) throws Exception {
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
        Document parsed = builder.parse(new InputSource(new StringReader("<!DOCTYPE html><title>-</title><body>" + html)));
        List<String> problems = new ArrayList<>();
        if (parsed.getElementsByTagName("li").getLength() == 0 || parsed.getElementsByTagName("p").getLength() == 0) {
            problems.add(output + ": the description is not HTML with paragraphs and lists: " + html);
        }
        List<String> items = new ArrayList<>();
        NodeList listed = parsed.getElementsByTagName("li");
        for (int i = 0; i < listed.getLength(); i++) {
            items.add(HtmlStructure.text((Element) listed.item(i)));
        }
        NodeList onPage = page.getElementsByTagName("li");
        for (int i = 0; i < onPage.getLength(); i++) {
            Element item = (Element) onPage.item(i);
            Element list = (Element) item.getParentNode();
            boolean duty = list.getAttribute("class").contains("duties");
            boolean requirement = ((Element) list.getParentNode()).getAttribute("class").contains("requirements");
            if ((duty || requirement) && !items.contains(HtmlStructure.text(item))) {
                problems.add(output + ": the description lacks '" + HtmlStructure.text(item) + "'");
            }
        }
        return problems;
    }
}
