package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.Paper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeInPlaceOfTheCatalogOrTheReferenceIsAProblemAndNeverOpened() throws Exception {
        Path catalog = Files.writeString(folder.resolve("catalog.yaml"), CATALOG.formatted("Sell."));
        Path reference = folder.resolve("company.docx");
        try (var in = PreviewWorkspaceTest.class.getResourceAsStream("/dev/rolebook/docx/reference.docx")) {
            Files.write(reference, in.readAllBytes());
        }
        PreviewWorkspace workspace = new PreviewWorkspace(
                new PreviewWorkspace.Sources(catalog, null, null, null, reference, Paper.A4));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isEmpty();

        Files.delete(catalog);
        mkfifo(catalog);
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).containsExactly(
                catalog + ": the catalog is a named pipe, not a file; the preview reads files only");
        Files.delete(catalog);
        Files.writeString(catalog, CATALOG.formatted("Sell twice."));
        assertThat(workspace.refresh()).as("a save after the pipe is seen").isTrue();
        assertThat(workspace.state().errors()).isEmpty();
        assertThat(workspace.state().generation()).isEqualTo(2);

        Files.delete(reference);
        mkfifo(reference);
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).containsExactly(
                reference + ": the reference document is a named pipe, not a file; the preview reads files only");
        Files.delete(reference);
        Files.createDirectory(reference);
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).containsExactly(
                reference + ": the reference document is a folder, not a file; the preview reads files only");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMendedLogoRendersAgainWithoutTheCatalogBeingSaved() throws Exception {
        Path logo = folder.resolve("logo.png");
        byte[] png = png();
        Files.write(logo, png);
        Path catalog = Files.writeString(folder.resolve("catalog.yaml"), CATALOG.formatted("Sell.")
                .replace("title: Acme roles\n", "title: Acme roles\norganization: {name: Acme, logo: logo.png}\n"));
        PreviewWorkspace workspace = new PreviewWorkspace(sources(catalog, null));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isEmpty();
        int generation = workspace.state().generation();

        for (String broken : List.of("text", "deleted", "pipe")) {
            Files.deleteIfExists(logo);
            switch (broken) {
                case "text" -> Files.writeString(logo, "not a picture");
                case "pipe" -> mkfifo(logo);
                default -> { }
            }
            assertThat(workspace.refresh()).as(broken).isTrue();
            assertThat(workspace.state().errors()).as(broken).singleElement().asString().contains("logo 'logo.png'");

            Files.deleteIfExists(logo);
            Files.write(logo, png);
            assertThat(workspace.refresh()).as("the logo mended after it was " + broken).isTrue();
            assertThat(workspace.state().errors()).as(broken).isEmpty();
            assertThat(workspace.state().generation()).as(broken).isEqualTo(++generation);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTemplateTooLargeOrTooSlowToParseIsAProblemAndTheNextSaveIsTaken() throws Exception {
        Path catalog = Files.writeString(folder.resolve("catalog.yaml"), CATALOG.formatted("Sell."));
        Path templates = Files.createDirectories(folder.resolve("templates"));
        PreviewWorkspace workspace = new PreviewWorkspace(sources(catalog, templates));
        assertThat(workspace.refresh()).isTrue();

        for (int megabytes : new int[] {4, 17}) {
            Files.writeString(templates.resolve("sheet.ftl"), "<p>" + "x".repeat(megabytes * 1024 * 1024) + "</p>");
            long start = System.nanoTime();
            assertThat(workspace.refresh()).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as(megabytes + " MB: the watcher is free again")
                    .isLessThan(Long.getLong("rolebook.template.seconds", 30) + 10);
            assertThat(workspace.state().errors()).as(megabytes + " MB").singleElement().asString()
                    .isEqualTo(megabytes > 16 ? "sheet.ftl: the template is larger than 16 MB, far more than a template needs"
                            : "sheet.ftl: the template took longer than " + Long.getLong("rolebook.template.seconds", 30)
                                    + " s to read (megabytes of text without a tag?)");
        }
        Files.delete(templates.resolve("sheet.ftl"));
        Files.writeString(catalog, CATALOG.formatted("Sell twice."));
        assertThat(workspace.refresh()).isTrue();
        assertThat(workspace.state().errors()).isEmpty();
        assertThat(workspace.current().file("en/sheet/clerk", "html").bytes()).asString(StandardCharsets.UTF_8)
                .contains("Sell twice.");
    }

    private static void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("mkfifo " + path).isZero();
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static PreviewWorkspace.Sources sources(Path catalog, Path templates) {
        return new PreviewWorkspace.Sources(catalog, null, null, templates, null, Paper.A4);
    }
}
