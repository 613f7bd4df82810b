package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template folder can use its own files and data: images, and nothing else. */
class SandboxTest {
    private static final String ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    @TempDir
    Path folder;

    @Test
    void localFilesAndTheNetworkAreRefusedByName() throws IOException {
        posting("<link rel=\"stylesheet\" href=\"http://example.com/evil.css\"/>",
                "<img src=\"file:///etc/hosts\" alt=\"\"/><img src=\"../../../../etc/hosts.png\" alt=\"\"/>");
        assertThatThrownBy(this::export)
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("'http://example.com/evil.css' is outside the template folders")
                .hasMessageContaining("'file:///etc/hosts' is outside the template folders")
                .hasMessageContaining("'../../../../etc/hosts.png' is not a file name inside the template folder");
    }

    @Test
    void aMissingStylesheetIsAnErrorNotAPlainPage() throws IOException {
        posting("<link rel=\"stylesheet\" href=\"style/missing.css\"/>", "");
        assertThatThrownBy(this::export)
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("'style/missing.css' is in neither the template folder");
    }

    @Test
    void imagesOfTheFolderAndDataUrisAreUsed() throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/dot.png"), Base64.getDecoder().decode(ONE_PIXEL_PNG));
        posting("", "<img src=\"images/dot.png\" alt=\"\"/><img src=\"data:image/png;base64," + ONE_PIXEL_PNG + "\" alt=\"\"/>");
        byte[] pdf = export();
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");
    }

    private byte[] export() {
        Renderer renderer = new Renderer(TemplateResources.withUserFolder(folder));
        return Pdfs.render(renderer, Catalogs.bundled("en"), RenderOptions.of(DocumentKind.POSTING).withRole("sales-consultant"));
    }

    private void posting(String head, String body) throws IOException {
        Files.writeString(folder.resolve("posting.ftl"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                <link rel="stylesheet" href="style/base.css"/>%s</head>
                <body><p>${departments[0].roles[0].title}</p>
                %s
                </body></html>
                """.formatted(head, body));
    }
}
