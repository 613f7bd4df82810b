package dev.rolebook.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.model.Catalog;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Catalog text that looks like markup stays text in every kind, and in the posting's JSON-LD. */
class EscapingTest {
    private static final String HOSTILE = "<script>alert('x')</script> & </p> \"quoted\" <b>bold?</b> ]]>";
    private static final Catalog CATALOG = Catalogs.everywhere(HOSTILE);

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"HANDBOOK", "POSTING", "SHEET"})
    void markupInCatalogTextIsPrintedLiterally(DocumentKind kind) throws IOException {
        RenderOptions options = RenderOptions.of(kind);
        if (kind != DocumentKind.HANDBOOK) {
            options = options.withRole("role");
        }
        Document document = Xhtml.parse(Renderer.builtIn().render(CATALOG, options));

        assertThat(Xhtml.bodyText(document)).contains(HOSTILE);
        assertThat(Xhtml.elements(document, "b")).isEmpty();
        // Scripts are data blocks only: a posting's JSON-LD, a sheet's record of its role, each
        // holding the text as data.
        for (Element script : Xhtml.elements(document, "script")) {
            assertThat(script.getAttribute("type")).isIn("application/ld+json", "application/vnd.rolebook.role+json");
            assertThat(new ObjectMapper().readTree(script.getTextContent()).toString()).contains("bold?");
        }
        if (kind == DocumentKind.SHEET) {
            Element record = Xhtml.elements(document, "script").get(0);
            assertThat(new ObjectMapper().readTree(record.getTextContent()).path("role").path("title").asText())
                    .isEqualTo(HOSTILE);
        }
    }

    @Test
    void jobPostingJsonLdIsValidJsonHoldingTheTextAsIs() throws IOException {
        Document document = Xhtml.parse(Renderer.builtIn().render(CATALOG, RenderOptions.of(DocumentKind.POSTING).withRole("role")));
        Element script = Xhtml.elements(document, "script").get(0);

        JsonNode posting = new ObjectMapper().readTree(script.getTextContent());

        assertThat(posting.path("@type").asText()).isEqualTo("JobPosting");
        assertThat(posting.path("title").asText()).isEqualTo(HOSTILE);
        assertThat(posting.path("hiringOrganization").path("name").asText()).isEqualTo(HOSTILE);
    }
}
