package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.testing.Catalogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A designer changes the handbook's cover and stylesheet with two files and no Java. */
class CustomTemplateFolderTest {
    @TempDir
    Path folder;

    @Test
    void aFolderWithACoverAndAStylesheetChangesTheHandbook() throws Exception {
        Files.createDirectories(folder.resolve("parts"));
        Files.createDirectories(folder.resolve("style"));
        Files.writeString(folder.resolve("parts/cover.ftl"), """
                <section class="cover"><p class="cover-kind">Acme Academy</p>
                <h1 class="cover-title">${catalog.title}</h1><p>Internal training, ${doc.date}</p></section>
                """);
        String css = new String(TemplateResources.builtIn().read("style/handbook.css"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("style/handbook.css"), css + "\nnav.toc { display: none; }\n");

        byte[] pdf = Pdfs.render(new Renderer(TemplateResources.withUserFolder(folder)), Catalogs.bundled("en"),
                RenderOptions.of(DocumentKind.HANDBOOK).withDate(java.time.LocalDate.of(2026, 11, 27)));
        Path file = Pdfs.write(folder, "custom.pdf", pdf);

        String cover = Pdfs.text(file, 1, 1);
        assertThat(cover).contains("ACME ACADEMY", "Business World. General Concept", "Internal training, 27 November 2026");
        assertThat(cover).doesNotContainIgnoringCase("Job roles handbook");
        String all = Pdfs.text(file, 0, 0);
        assertThat(all).doesNotContain("Contents").contains("Account Manager", "Marketing Manager");
    }
}
