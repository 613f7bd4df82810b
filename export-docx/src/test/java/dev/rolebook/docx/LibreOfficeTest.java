package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.testing.PdfText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real word processor opens what rolebook writes: LibreOffice converts every kind in hy and en
 * to PDF, and the converted text holds every catalog text.
 */
class LibreOfficeTest {
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
            for (DocumentKind kind : DocumentKind.values()) {
                String role = kind == DocumentKind.HANDBOOK ? null : "business-development-specialist";
                String name = language + "-" + kind.id();
                Path docx = Files.write(folder.resolve(name + ".docx"),
                        Docx.export(Docx.xhtml(catalog, kind, role), Docx.OPTIONS));
                arguments.add(docx.toString());
                expected.put(name, role == null ? CatalogTexts.handbook(catalog) : CatalogTexts.role(catalog, role));
            }
        }

        ExternalTool.Result conversion = ExternalTool.SOFFICE.run(arguments.toArray(String[]::new));

        assertThat(conversion.exitCode()).as(conversion.output()).isZero();
        for (Map.Entry<String, List<String>> document : expected.entrySet()) {
            Path pdf = folder.resolve("pdf").resolve(document.getKey() + ".pdf");
            assertThat(pdf).as(document.getKey() + " converted; soffice said: " + conversion.output()).exists();
            String text = PdfText.body(pdf);
            assertThat(CatalogTexts.missingFromPages(text, document.getValue())).as(document.getKey()).isEmpty();
        }
    }
}
