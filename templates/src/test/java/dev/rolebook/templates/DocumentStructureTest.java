package dev.rolebook.templates;

import dev.rolebook.xhtml.ResourceNotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.model.Catalog;
import dev.rolebook.testing.Catalogs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What HR sees in each kind: sections in the source's order, no empty ones, labels in the right language. */
class DocumentStructureTest {
    private static final Renderer RENDERER = Renderer.builtIn();
    private static final Catalog HY = Catalogs.bundled("hy");
    private static final Catalog EN = Catalogs.bundled("en");

    @Test
    void handbookHasCoverContentsDepartmentsAndRolesInCatalogOrder() {
        Document document = Xhtml.parse(RENDERER.render(HY, RenderOptions.of(DocumentKind.HANDBOOK)));

        assertThat(Xhtml.withClass(document, "cover")).hasSize(1);
        assertThat(Xhtml.withClass(document, "toc")).singleElement().extracting(Element::getLocalName).isEqualTo("nav");
        assertThat(Xhtml.elements(document, "a")).extracting(a -> a.getAttribute("href")).containsExactly(
                "#department-sales", "#role-account-manager", "#role-telesales-specialist", "#role-sales-consultant",
                "#role-business-development-specialist", "#department-marketing", "#role-marketing-manager");
        assertThat(Xhtml.elements(document, "h2")).extracting(Element::getTextContent).containsExactly(
                "Հաշվի կառավարիչ", "Հեռավաճառքի մասնագետ", "Վաճառքի խորհրդատու", "Բիզնեսի զարգացման մասնագետ",
                "Մարքեթինգի մենեջեր");
        assertThat(Xhtml.elements(document, "blockquote")).hasSize(1);
    }

    @Test
    void sectionHeadingsUseTheSourcesOwnWords() {
        Document document = Xhtml.parse(RENDERER.render(HY, RenderOptions.of(DocumentKind.SHEET).withRole("account-manager")));
        assertThat(Xhtml.elements(document, "h2")).extracting(Element::getTextContent).containsExactly(
                "Հաշվի կառավարչի պարտականություններն ու լիազորությունները և մի քանի խորհուրդ:",
                "Ի՞նչից խուսափել",
                "Գործնական օրինակ:");
    }

    @Test
    void sectionsTheCatalogLacksAreLeftOutNotRenderedEmpty() {
        Document document = Xhtml.parse(RENDERER.render(EN, RenderOptions.of(DocumentKind.SHEET).withRole("marketing-manager")));
        assertThat(Xhtml.withClass(document, "pitfalls")).isEmpty();
        assertThat(Xhtml.withClass(document, "example")).isEmpty();
        assertThat(Xhtml.withClass(document, "requirements")).isEmpty();
        assertThat(Xhtml.elements(document, "h2")).extracting(Element::getTextContent)
                .containsExactly("The marketing manager's duties and powers, and a few tips:");
    }

    @Test
    void labelsFollowTheCatalogLanguageUnlessAnotherIsAsked() {
        RenderOptions handbook = RenderOptions.of(DocumentKind.HANDBOOK);
        assertThat(tocTitle(RENDERER.render(HY, handbook))).isEqualTo("Բովանդակություն");
        assertThat(tocTitle(RENDERER.render(EN, handbook))).isEqualTo("Contents");
        assertThat(tocTitle(RENDERER.render(HY, handbook.withLabelLanguage("ru")))).isEqualTo("Содержание");
        assertThatThrownBy(() -> RENDERER.render(HY, handbook.withLabelLanguage("fr")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("no labels for language 'fr' (labels/labels_fr.properties); there are labels for en, hy, ru");
    }

    @Test
    void datesAreWrittenForTheLabelLanguage() {
        // The labels' date.format, not the JDK's locale data (which differ between en and en-GB,
        // and between JDK 17 and 25): one spelling per language, the day without a leading zero.
        RenderOptions options = RenderOptions.of(DocumentKind.HANDBOOK).withDate(LocalDate.of(2026, 3, 8));
        assertThat(edition(RENDERER.render(EN, options))).as("the English edition is en-GB").isEqualTo("Edition of 8 March 2026");
        assertThat(edition(RENDERER.render(EN, options.withLabelLanguage("ru"))))
                .isEqualTo("Издание от 8 марта 2026 г.");
        assertThat(edition(RENDERER.render(EN, options.withLabelLanguage("hy"))))
                .isEqualTo("Հրատարակություն՝ 8 մարտի, 2026 թ.");
        assertThat(edition(RENDERER.render(Catalogs.bundled("hy"), options)))
                .isEqualTo("Հրատարակություն՝ 8 մարտի, 2026 թ.");
    }

    @Test
    void sheetLeavesLinesToFillWithoutAnEmployeeAndFillsThemWithOne() {
        RenderOptions blank = RenderOptions.of(DocumentKind.SHEET).withRole("sales-consultant");
        Document empty = Xhtml.parse(RENDERER.render(EN, blank));
        assertThat(text(empty, "appendix")).isEqualTo("Appendix to the employment contract");
        assertThat(text(empty, "contract")).isEqualTo("Contract No. __________ of __________");
        assertThat(Xhtml.bodyText(empty)).contains("Employee", "________________________", "Signature", "Date");

        Employee anna = new Employee("Anna Hakobyan", "HR-2026/17", LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 2, 1), "Aram Petrosyan", null);
        Document filled = Xhtml.parse(RENDERER.render(EN, blank.withEmployee(anna)));
        assertThat(text(filled, "contract")).isEqualTo("Contract No. HR-2026/17 of 12 January 2026");
        assertThat(Xhtml.elements(filled, "td")).extracting(Element::getTextContent)
                .contains("Anna Hakobyan", "Sales Consultant", "Sales Department", "1 February 2026", "Aram Petrosyan");
        // Whose sheet it is, in the head of every page; the employee's name under the signature line.
        assertThat(text(filled, "running-header")).isEqualTo("Anna Hakobyan • Sales Consultant • Contract No. HR-2026/17");
        assertThat(Xhtml.withClass(filled, "signer").get(0).getTextContent()).contains("Anna Hakobyan");
        assertThat(Xhtml.withClass(empty, "signer").get(0).getTextContent()).contains("________________________");
    }

    @Test
    void aSheetNamesThePositionWithItsSecondTitleInParentheses() {
        Document sheet = Xhtml.parse(RENDERER.render(HY, RenderOptions.of(DocumentKind.SHEET).withRole("sales-consultant")));
        assertThat(Xhtml.elements(sheet, "td")).extracting(Element::getTextContent)
                .containsSubsequence("________________________", "Վաճառքի խորհրդատու (Sales Consultant)", "Վաճառքի բաժին");
    }

    @Test
    void selectionNamesTheClosestIdForATypo() {
        assertThatThrownBy(() -> RENDERER.render(EN, RenderOptions.of(DocumentKind.POSTING).withRole("acount-manager")))
                .isInstanceOf(SelectionException.class)
                .hasMessageStartingWith("the catalog has no role 'acount-manager'; did you mean 'account-manager'?");
        Document sales = Xhtml.parse(RENDERER.render(EN,
                RenderOptions.of(DocumentKind.HANDBOOK).withDepartments(List.of("marketing"))));
        assertThat(Xhtml.elements(sales, "h2")).extracting(Element::getTextContent).containsExactly("Marketing Manager");
    }

    private static String tocTitle(RenderResult result) {
        return text(Xhtml.parse(result), "toc-title");
    }

    private static String edition(RenderResult result) {
        return text(Xhtml.parse(result), "cover-edition");
    }

    private static String text(Document document, String className) {
        return Xhtml.withClass(document, className).get(0).getTextContent().strip();
    }
}
