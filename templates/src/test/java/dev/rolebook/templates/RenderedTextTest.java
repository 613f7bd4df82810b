package dev.rolebook.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every kind, in every bundled language, is well-formed XHTML that carries every catalog text. */
class RenderedTextTest {
    private static final Renderer RENDERER = Renderer.builtIn();

    static Stream<Arguments> documents() {
        return Stream.of("hy", "en").flatMap(language -> Stream.of(
                Arguments.of(language, DocumentKind.HANDBOOK, null),
                Arguments.of(language, DocumentKind.POSTING, "account-manager"),
                Arguments.of(language, DocumentKind.POSTING, "marketing-manager"),
                Arguments.of(language, DocumentKind.SHEET, "telesales-specialist")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("documents")
    void everyCatalogTextIsInTheDocument(String language, DocumentKind kind, String role) {
        Catalog catalog = Catalogs.bundled(language);
        RenderOptions options = RenderOptions.of(kind).withDate(LocalDate.of(2026, 11, 27));
        if (role != null) {
            options = options.withRole(role);
        }

        Document document = Xhtml.parse(RENDERER.render(catalog, options));

        List<String> expected = CatalogTexts.forKind(catalog, kind.id(), role);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(CatalogTexts.missingFrom(Xhtml.bodyText(document), expected)).isEmpty();
        if (kind == DocumentKind.POSTING) {
            List<String> training = CatalogTexts.training(catalog, role);
            assertThat(CatalogTexts.missingFrom(Xhtml.bodyText(document), training))
                    .as("a posting is for applicants: no training sections").containsExactlyElementsOf(training);
        }
        // The catalog's own variety of the language (the English edition is British, en-GB).
        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo(catalog.language());
    }
}
