package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, list, init, completion, --version and --help. */
class OtherCommandsTest {
    @TempDir
    Path folder;

    @Test
    void validateReportsEveryProblemAndExitsByTheResult() throws Exception {
        Path good = Files.writeString(folder.resolve("good.yaml"), """
                format_version: 1
                id: acme
                language: en
                title: Acme
                departments:
                  - {id: sales, name: Sales, roles: [{id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}]}
                """);
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format_version\": 1, \"id\": \"acme\"}");

        Run valid = Run.of("validate", good.toString());
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).isEqualTo(good + ": valid, 1 roles, 2 warnings\n");
        assertThat(valid.err()).contains(good + ":6:38: departments[0].roles[0]: warning: role 'clerk' has no pitfalls");

        Run strict = Run.of("validate", "--strict", good.toString());
        assertThat(strict.exitCode()).isEqualTo(2);

        Run invalid = Run.of("validate", good.toString(), bad.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains(bad + ":1:1: missing required field 'departments'",
                bad + ":1:1: missing required field 'language'", bad + ":1:1: missing required field 'title'");
        assertThat(invalid.out()).contains(bad + ": not valid, 3 errors");
    }

    /** Not in rounds: a misspelt field, a duplicate id and a blank text, all in the first run. */
    @Test
    void validateReportsEveryKindOfProblemInOneRun() throws Exception {
        Path catalog = Files.writeString(folder.resolve("roles.yaml"), """
                format_version: 1
                id: acme
                language: en
                title: Acme
                departments:
                  - id: sales
                    name: Sales
                    roles:
                      - {id: clerk, title: Clerk, sumary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}
                      - {id: clerk, title: " ", summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}
                """);
        Run run = Run.of("validate", catalog.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(
                catalog + ":9:35: departments[0].roles[0].sumary: unknown field 'sumary'; did you mean 'summary'?",
                catalog + ":10:14: departments[0].roles[1].id: duplicate role id 'clerk' (also at line 9)",
                catalog + ":10:28: departments[0].roles[1].title: must not be blank");
        assertThat(run.out()).isEqualTo(catalog + ": not valid, 4 errors\n");
    }

    /** What export would refuse, validate reports first, at the field: here a logo that is missing or not an image. */
    @Test
    void validateFindsTheLogoExportWouldRefuse() throws Exception {
        String catalog = """
                format_version: 1
                id: acme
                language: en
                title: Acme
                organization:
                  name: Acme
                  logo: %s
                departments:
                  - {id: sales, name: Sales, roles: [{id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}]}
                """;
        Path missing = Files.writeString(folder.resolve("missing.yaml"), catalog.formatted("images/logo.png"));
        Run run = Run.of("validate", missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing + ":7:9: organization.logo: logo 'images/logo.png' is not a file in");
        Run export = Run.of("export", "--catalog", missing.toString(), "--out", folder.resolve("out").toString());
        assertThat(export.exitCode()).as("export refuses it the same way, before any file").isEqualTo(2);
        assertThat(export.err()).contains(missing + ":7:9: organization.logo: logo 'images/logo.png' is not a file in");

        Files.writeString(folder.resolve("text.png"), "not a picture");
        Path text = Files.writeString(folder.resolve("text.yaml"), catalog.formatted("text.png"));
        assertThat(Run.of("validate", text.toString()).err())
                .contains(text + ":7:9: organization.logo: logo 'text.png' is not a PNG image, whatever its name says");
    }

    @Test
    void listShowsIdsAsATableOrJson() throws Exception {
        Run table = Run.of("list", "--lang", "en");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("business-world (en-GB): Business World. General Concept",
                "sales  Sales Department", "marketing  Marketing Department")
                .containsPattern("\n  account-manager {18}[0-9a-f]{8}  Account Manager\n");

        JsonNode json = new ObjectMapper().readTree(Run.of("list", "--json").out());
        assertThat(json.path("language").asText()).isEqualTo("hy");
        assertThat(json.path("departments").get(0).path("roles").get(0).path("alternative_title").asText())
                .isEqualTo("Account Manager");
        assertThat(json.path("departments").get(0).path("roles").get(0).path("version").asText()).matches("[0-9a-f]{8}");
    }

    /** The version list shows is the one printed on the role's sheet and posting and kept in their metadata. */
    @Test
    void aRolesVersionIsOnItsDocumentsAndInTheirMetadata() throws Exception {
        Path catalog = Files.writeString(folder.resolve("roles.yaml"), """
                format_version: 1
                id: acme
                language: en
                title: Acme
                version: "2026-11"
                departments:
                  - {id: sales, name: Sales, roles: [{id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}]}
                """);
        JsonNode listed = new ObjectMapper().readTree(Run.of("list", "--catalog", catalog.toString(), "--json").out());
        String version = listed.path("departments").get(0).path("roles").get(0).path("version").asText();
        assertThat(listed.path("version").asText()).isEqualTo("2026-11");
        Path out = folder.resolve("out");
        for (String kind : List.of("sheet", "posting")) {
            Run run = Run.of("export", "--catalog", catalog.toString(), "--kind", kind, "--format", "pdf", "--format", "docx",
                    "--out", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            Path pdf = out.resolve("acme.en." + kind + ".clerk.pdf");
            assertThat(dev.rolebook.testing.PdfText.all(pdf)).contains("Role version " + version + " · catalog 2026-11");
            var info = new com.lowagie.text.pdf.PdfReader(pdf.toString()).getInfo();
            assertThat(info).containsEntry("RoleVersion", version).containsEntry("CatalogVersion", "2026-11");
            try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(
                    out.resolve("acme.en." + kind + ".clerk.docx")))) {
                assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getVersionProperty())
                        .hasValue(version + " (catalog 2026-11)");
                assertThat(docx.getParagraphs().get(docx.getParagraphs().size() - 1).getText())
                        .isEqualTo("Role version " + version + " · catalog 2026-11");
            }
        }
    }

    @Test
    void initMakesAFolderThatExportsWithItsOwnTemplates() throws Exception {
        Path start = folder.resolve("my-roles");
        Run init = Run.of("init", start.toString());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(start.resolve("catalog.schema.json")).exists();
        assertThat(Files.readString(start.resolve("business-world.en.yaml")))
                .startsWith("# yaml-language-server: $schema=./catalog.schema.json");
        assertThat(start.resolve("templates/parts/cover.ftl")).exists();
        assertThat(start.resolve("README.md")).exists();

        Files.writeString(start.resolve("templates/parts/cover.ftl"),
                "<section class=\"cover\"><h1 class=\"cover-title\">Acme: ${catalog.title}</h1></section>");
        Run export = Run.of("export", "--catalog", start.resolve("business-world.en.yaml").toString(),
                "--templates", start.resolve("templates").toString(), "--format", "html", "--out", folder.resolve("out").toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.readString(folder.resolve("out/business-world.en.handbook.html")))
                .contains("Acme: Business World. General Concept");

        Run again = Run.of("init", start.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: " + start + " already exists and is not an empty folder; name a new one\n");
    }

    @Test
    void completionVersionAndHelp() {
        assertThat(Run.of("completion").out()).contains("complete -F _complete_rolebook", "--reference-doc");
        assertThat(Run.of("--version").out()).startsWith("rolebook 0.1.0");
        Run help = Run.of("export", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Examples:", "rolebook export --kind posting --role account-manager --lang en",
                "Exit codes:", "1  some outputs failed");
        Run bare = Run.of();
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("Usage: rolebook");
    }
}
