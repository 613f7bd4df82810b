package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.xhtml.TemplateResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What follows the last line (a margin, a forced break) makes no page of running head and foot alone. */
class EmptyPagesTest {
    @TempDir
    Path folder;

    @Test
    void theLastPageHoldsTheLastLine() throws Exception {
        Files.createDirectories(folder.resolve("style"));
        String css = new String(TemplateResources.builtIn().read("style/posting.css"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("style/posting.css"),
                css + "\n.role-version { margin-bottom: 150mm; page-break-after: always; }\n");

        byte[] pdf = Pdfs.render(new Renderer(TemplateResources.withUserFolder(folder)), Catalogs.bundled("en"),
                RenderOptions.of(DocumentKind.POSTING).withRole("account-manager"));
        Path file = Pdfs.write(folder, "posting.pdf", pdf);

        int pages = new PdfReader(pdf).getNumberOfPages();
        String last = Pdfs.text(file, pages, pages);
        assertThat(last).contains("Role version").contains("Page " + pages + " of " + pages);
    }
}
