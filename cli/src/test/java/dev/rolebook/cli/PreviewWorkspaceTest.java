package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.Paper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a preview makes again after a save: only the documents the save changed, the problems of a
 * broken file while the last good build stays, and everything again when the templates change.
 */
class PreviewWorkspaceTest {
    private static final String CATALOG = """
            format_version: 1
            id: acme
            language: en
            title: Acme roles
            departments:
              - id: sales
                name: Sales
                roles:
                  - {id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [%s]}]}}
              - id: buying
                name: Buying
                roles:
                  - {id: buyer, title: Buyer, summary: [Buys.], responsibilities: {areas: [{title: Buying, items: [Buy.]}]}}
            """;

    @TempDir
    Path folder;

    @Test
    void aSaveRendersAgainWhatItChangedAndABrokenFileKeepsTheLastGoodBuild() throws Exception {
        Path catalog = Files.writeString(folder.resolve("catalog.yaml"), CATALOG.formatted("Sell."));
        PreviewWorkspace workspace = new PreviewWorkspace(sources(catalog, null));

        assertThat(workspace.refresh()).isTrue();
        List<String> all = List.of("en/handbook", "en/posting/clerk", "en/sheet/clerk", "en/posting/buyer", "en/sheet/buyer");
        assertThat(workspace.state().documents()).containsExactlyElementsOf(all);
        assertThat(workspace.state().changed()).containsExactlyElementsOf(all);
        assertThat(workspace.state().errors()).isEmpty();
        assertThat(workspace.refresh()).as("nothing saved, nothing made").isFalse();

        Files.writeString(catalog, CATALOG.formatted("Sell every day."));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().generation()).isEqualTo(2);
        assertThat(workspace.state().changed()).as("the buyer's documents do not name the clerk's duties")
                .containsExactly("en/handbook", "en/posting/clerk", "en/sheet/clerk");

        Files.writeString(catalog, CATALOG.formatted("Sell every day.") + "  - {id: [\n");
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isNotEmpty()
                .allSatisfy(error -> assertThat(error).matches(java.util.regex.Pattern.quote(catalog.toString())
                        + ":\\d+:\\d+: .+"));
        assertThat(workspace.state().generation()).as("the page keeps showing build 2").isEqualTo(2);
        assertThat(workspace.state().documents()).containsExactlyElementsOf(all);
        assertThat(workspace.current().documents().get("en/sheet/clerk").xhtml().xhtml()).contains("Sell every day.");
        PreviewBuild.Output pdf = workspace.current().file("en/sheet/clerk", "pdf");
        assertThat(pdf.error()).isNull();
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Files.writeString(catalog, CATALOG.formatted("Sell twice a day."));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isEmpty();
        assertThat(workspace.state().generation()).isEqualTo(3);
        assertThat(workspace.state().changed()).containsExactly("en/handbook", "en/posting/clerk", "en/sheet/clerk");
        assertThat(workspace.current().file("en/sheet/clerk", "html").bytes()).asString(StandardCharsets.UTF_8)
                .contains("Sell twice a day.");
        assertThat(workspace.current().file("en/sheet/nobody", "pdf")).isNull();
        assertThat(workspace.current().file("en/sheet/clerk", "exe")).isNull();
    }

    @Test
    void aTemplateChangeRendersEverythingAgainAndABrokenTemplateIsLocated() throws Exception {
        Path catalog = Files.writeString(folder.resolve("catalog.yaml"), CATALOG.formatted("Sell."));
        Path templates = Files.createDirectories(folder.resolve("templates"));
        PreviewWorkspace workspace = new PreviewWorkspace(sources(catalog, templates));
        assertThat(workspace.refresh()).isTrue();

        Files.createDirectories(templates.resolve("style"));
        Files.writeString(templates.resolve("style/sheet.css"), new String(PreviewWorkspaceTest.class.getResourceAsStream(
                "/dev/rolebook/templates/style/sheet.css").readAllBytes(), StandardCharsets.UTF_8) + "\nh1 { color: #222; }\n");
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().changed()).as("a stylesheet changes how every document looks")
                .hasSize(5);

        // A stylesheet saved while the catalog is broken still counts once the catalog is mended.
        Files.writeString(catalog, CATALOG.formatted("Sell.") + "  - {id: [\n");
        assertThat(workspace.refresh()).isTrue();
        Files.writeString(templates.resolve("style/sheet.css"), Files.readString(templates.resolve("style/sheet.css"))
                + "h2 { color: #333; }\n");
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isNotEmpty();
        Files.writeString(catalog, CATALOG.formatted("Sell."));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isEmpty();
        assertThat(workspace.state().changed()).hasSize(5);
        int good = workspace.state().generation();

        Files.writeString(templates.resolve("sheet.ftl"), "<#if>\n");
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).anySatisfy(error -> assertThat(error).contains("sheet.ftl:1:"));
        assertThat(workspace.state().generation()).isEqualTo(good);

        Files.delete(templates.resolve("sheet.ftl"));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isEmpty();
        assertThat(workspace.state().generation()).isEqualTo(good + 1);
    }

    @Test
    void aReferenceDocumentThatCannotBeUsedIsAProblemUntilItIsReplaced() throws Exception {
        Path catalog = Files.writeString(folder.resolve("catalog.yaml"), CATALOG.formatted("Sell."));
        Path reference = Files.writeString(folder.resolve("company.docx"), "not a Word document");
        PreviewWorkspace workspace = new PreviewWorkspace(
                new PreviewWorkspace.Sources(catalog, null, null, null, reference, Paper.A4));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).singleElement().asString().contains("company.docx");
        assertThat(workspace.current()).as("nothing good to show yet").isNull();

        try (var in = PreviewWorkspaceTest.class.getResourceAsStream("/dev/rolebook/docx/reference.docx")) {
            Files.write(reference, in.readAllBytes());
        }
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isEmpty();
        PreviewBuild.Output docx = workspace.current().file("en/posting/clerk", "docx");
        assertThat(docx.error()).isNull();
        assertThat(docx.fileName()).isEqualTo("acme.en.posting.clerk.docx");
    }

    private static PreviewWorkspace.Sources sources(Path catalog, Path templates) {
        return new PreviewWorkspace.Sources(catalog, null, null, templates, null, Paper.A4);
    }
}
