package dev.rolebook.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.RenderResult;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporters;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The html format is one file a browser shows without fetching anything, with the posting's JSON-LD. */
class HtmlExporterTest {
    private static final Catalog HY = Catalogs.bundled("hy");

    @TempDir
    Path folder;

    @Test
    void theFormatIsRegistered() {
        assertThat(Exporters.forFormat("html")).get().isInstanceOf(HtmlExporter.class);
    }

    @Test
    void handbookIsSelfContainedHtml5WithEveryText() throws IOException {
        String html = export(Renderer.builtIn().render(HY, RenderOptions.of(DocumentKind.HANDBOOK)));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html ").contains("<html class=\"handbook\" lang=\"hy\">");
        assertThat(html).doesNotContain("<link", "xmlns", "/>");
        assertThat(html).contains("<style>", "font-family: \"Rolebook Serif\"", "@media screen");
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (references.find()) {
            assertThat(references.group(1)).as("no outside reference").matches("#.*|data:.*");
        }
        String text = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", "\u00A0").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertThat(CatalogTexts.missingFrom(text, CatalogTexts.handbook(HY))).isEmpty();
    }

    @Test
    void postingCarriesJobPostingJsonLd() throws IOException {
        Catalog catalog = Catalogs.fromYaml("""
                format_version: 1
                id: acme
                language: en
                title: Acme
                organization: {name: "Acme & Sons </script>", website: "https://acme.am"}
                departments:
                  - id: sales
                    name: Sales
                    roles:
                      - id: clerk
                        title: Clerk
                        summary: [Sells things.]
                        responsibilities: {areas: [{title: Selling, items: [Sell.]}]}
                        employment_type: full-time
                        location: {city: Yerevan, country: AM}
                        salary: {min: 300000, max: 450000, currency: AMD, period: month}
                        valid_through: 2026-12-31
                """);
        RenderResult posting = Renderer.builtIn().render(catalog,
                RenderOptions.of(DocumentKind.POSTING).withRole("clerk").withDate(java.time.LocalDate.of(2026, 11, 27)));
        String html = export(posting);

        Matcher script = Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html);
        assertThat(script.find()).isTrue();
        JsonNode ld = new ObjectMapper().readTree(script.group(1));
        assertThat(ld.path("@type").asText()).isEqualTo("JobPosting");
        assertThat(ld.path("title").asText()).isEqualTo("Clerk");
        assertThat(ld.path("datePosted").asText()).isEqualTo("2026-11-27");
        assertThat(ld.path("validThrough").asText()).isEqualTo("2026-12-31");
        assertThat(ld.path("employmentType").asText()).isEqualTo("FULL_TIME");
        assertThat(ld.path("hiringOrganization").path("name").asText()).isEqualTo("Acme & Sons </script>");
        assertThat(ld.path("jobLocation").path("address").path("addressCountry").asText()).isEqualTo("AM");
        assertThat(ld.path("baseSalary").path("value").path("minValue").asInt()).isEqualTo(300000);
        assertThat(posting.warnings()).isEmpty();
    }

    @Test
    void aPostingWithoutOrganizationOrLocationWarnsNamingTheFields() {
        RenderResult posting = Renderer.builtIn().render(HY, RenderOptions.of(DocumentKind.POSTING).withRole("account-manager"));
        assertThat(posting.warnings()).containsExactly(
                "posting account-manager: the catalog names no organization, so the posting does not say who is hiring"
                        + " (job boards require it: schema.org's hiringOrganization)",
                "posting account-manager: the role has no location with a country, so the posting does not say where"
                        + " the work is (job boards require it unless the role is remote: schema.org's jobLocation)");
    }

    @Test
    void aStylesheetThatReachesOutIsRefused() throws IOException {
        Files.createDirectories(folder.resolve("style"));
        Files.writeString(folder.resolve("style/posting.css"), "body { background: url(https://tracker.example/p.png); }");
        RenderResult posting = new Renderer(TemplateResources.withUserFolder(folder))
                .render(HY, RenderOptions.of(DocumentKind.POSTING).withRole("account-manager"));
        assertThatThrownBy(() -> export(posting))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("style/posting.css: 'https://tracker.example/p.png' is not a file name inside the template folder");
    }

    /** The running parts are the PDF's page furniture: hidden in the page, whatever the medium. */
    @Test
    void theRunningPartsAreHidden() throws IOException {
        String html = export(Renderer.builtIn().render(HY, RenderOptions.of(DocumentKind.HANDBOOK)));
        Matcher running = Pattern.compile("<div ([^>]*)class=\"running-(header|footer|role)\"([^>]*)>").matcher(html);
        int found = 0;
        while (running.find()) {
            found++;
            assertThat(running.group(1) + running.group(3)).as(running.group()).contains("hidden=\"\"");
        }
        assertThat(found).as("running parts in the handbook").isGreaterThan(2);
    }

    private static String export(RenderResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().export(result.document(), ExportOptions.defaults(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
