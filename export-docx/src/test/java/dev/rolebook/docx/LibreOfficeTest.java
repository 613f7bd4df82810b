package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Employee;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.testing.PdfText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A real word processor opens what rolebook writes: LibreOffice converts every kind in hy and en
 * to PDF, and the converted text holds every catalog text. A role sheet made out to an employee,
 * whose signature lines fall at a page break, keeps them on one page with the acknowledgement.
 */
class LibreOfficeTest {
    private static final Employee ANNA = new Employee("Աննա Հակոբյան", "C-000001", LocalDate.of(2026, 1, 12),
            LocalDate.of(2026, 2, 1), "Արամ Պետրոսյան", null);

    @TempDir
    Path folder;

    @Test
    void libreOfficeConvertsEveryKindAndKeepsEveryText() throws Exception {
        ExternalTool.SOFFICE.require();
        ExternalTool.PDFTOTEXT.require();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>(List.of("--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "pdf",
                "--outdir", folder.resolve("pdf").toString()));
        for (String language : List.of("hy", "en")) {
            Catalog catalog = Catalogs.bundled(language);
            for (DocumentKind kind : DocumentKind.ofCatalog()) {
                String role = kind == DocumentKind.HANDBOOK ? null : "business-development-specialist";
                String name = language + "-" + kind.id();
                Path docx = Files.write(folder.resolve(name + ".docx"),
                        Docx.export(Docx.xhtml(catalog, kind, role), Docx.OPTIONS));
                arguments.add(docx.toString());
                expected.put(name, CatalogTexts.forKind(catalog, kind.id(), role));
            }
        }

        XhtmlDocument signed = Renderer.builtIn().render(Catalogs.bundled("hy"),
                Docx.options(DocumentKind.SHEET, "account-manager").withEmployee(ANNA)).document();
        arguments.add(Files.write(folder.resolve("hy-signed-sheet.docx"), Docx.export(signed, Docx.OPTIONS)).toString());

        ExternalTool.Result conversion = ExternalTool.SOFFICE.run(arguments.toArray(String[]::new));

        assertThat(conversion.exitCode()).as(conversion.output()).isZero();
        for (Map.Entry<String, List<String>> document : expected.entrySet()) {
            Path pdf = folder.resolve("pdf").resolve(document.getKey() + ".pdf");
            assertThat(pdf).as(document.getKey() + " converted; soffice said: " + conversion.output()).exists();
            String text = PdfText.body(pdf);
            assertThat(CatalogTexts.missingFromPages(text, document.getValue())).as(document.getKey()).isEmpty();
            // The Rolebook fonts are installed nowhere: LibreOffice sets the text in them only because
            // the document carries them.
            String fonts = ExternalTool.PDFFONTS.run(pdf.toString()).output();
            assertThat(fonts).as(document.getKey() + ": fonts LibreOffice used").contains("RolebookSerif", "RolebookSans");
        }
        assertSignatureBlockOnOnePage(signed, folder.resolve("pdf/hy-signed-sheet.pdf"));
    }

    /** The page with the acknowledgement also has the last line to sign. */
    private static void assertSignatureBlockOnOnePage(XhtmlDocument sheet, Path pdf) throws Exception {
        Element block = null;
        NodeList sections = XhtmlParser.parse(sheet).getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            if (section.getAttribute("class").contains("keep-together")) {
                block = section;
            }
        }
        assertThat(block).as("the sheet's signature block").isNotNull();
        String acknowledgement = squeezed(block.getElementsByTagNameNS("*", "p").item(0).getTextContent());
        NodeList cells = block.getElementsByTagNameNS("*", "td");
        String lastLine = squeezed(cells.item(cells.getLength() - 1).getTextContent().split(":")[0]);
        List<String> pages = List.of(PdfText.all(pdf).split("\f"));

        int first = -1;
        int last = -1;
        for (int page = 0; page < pages.size(); page++) {
            String text = squeezed(pages.get(page));
            if (first < 0 && text.contains(acknowledgement)) {
                first = page;
            }
            if (text.contains(lastLine)) {
                last = page;
            }
        }
        assertThat(first).as("page of '%s' in %s", acknowledgement, pages).isNotNegative();
        assertThat(last).as("page of the last '%s', after the acknowledgement's", lastLine).isEqualTo(first);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
