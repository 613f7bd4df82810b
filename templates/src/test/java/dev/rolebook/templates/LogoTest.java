package dev.rolebook.templates;

import dev.rolebook.xhtml.ResourceNotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.model.Catalog;
import dev.rolebook.testing.Catalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The organization's logo travels inside the document, read from the catalog's folder only. */
class LogoTest {
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    private static final Catalog ACME = Catalogs.fromYaml("""
            format_version: 1
            id: acme
            language: en
            title: Acme
            organization: {name: Acme, logo: images/logo.png}
            departments:
              - {id: sales, name: Sales, roles: [{id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}]}
            """);

    @TempDir
    Path folder;

    @Test
    void postingsAndSheetsCarryTheLogoAsADataUri() throws Exception {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/logo.png"), Base64.getDecoder().decode(PNG));

        for (DocumentKind kind : List.of(DocumentKind.POSTING, DocumentKind.SHEET)) {
            Document document = Xhtml.parse(Renderer.builtIn().render(ACME, options(kind, folder)));
            assertThat(Xhtml.elements(document, "img")).singleElement()
                    .satisfies(img -> assertThat(img.getAttribute("src")).isEqualTo("data:image/png;base64," + PNG))
                    .satisfies(img -> assertThat(img.getAttribute("alt")).as("the name stands for the logo").isEqualTo("Acme"));
        }
        Catalog described = Catalogs.fromYaml("""
                format_version: 1
                id: acme
                language: en
                title: Acme
                organization: {name: Acme, logo: images/logo.png, logo_alt: "Acme: a lighthouse over the letter A"}
                departments:
                  - {id: sales, name: Sales, roles: [{id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}]}
                """);
        Document document = Xhtml.parse(Renderer.builtIn().render(described, options(DocumentKind.POSTING, folder)));
        assertThat(Xhtml.elements(document, "img").get(0).getAttribute("alt")).isEqualTo("Acme: a lighthouse over the letter A");
    }

    @Test
    void aMissingLogoIsNamed() {
        assertThatThrownBy(() -> Renderer.builtIn().render(ACME, options(DocumentKind.POSTING, folder)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("logo 'images/logo.png' is not a file inside ");
    }

    private static RenderOptions options(DocumentKind kind, Path folder) {
        return new RenderOptions(kind, null, Paper.A4, List.of(), List.of("clerk"), null, null, folder);
    }
}
