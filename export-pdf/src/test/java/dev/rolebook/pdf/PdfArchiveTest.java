package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Employee;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.VeraPdf;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Contract annexes are archived for years: with --pdfa a sheet, which carries its role's record as
 * an embedded file, passes veraPDF's PDF/A-3b checks, and other documents its PDF/A-2b checks.
 */
class PdfArchiveTest {
    @ParameterizedTest
    @ValueSource(strings = {"hy", "en"})
    void roleSheetsArePdfA3bWithTheirRecord(String language) throws Exception {
        Employee anna = new Employee("Աննա Hakobyan", "A-1", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 1), null, null);
        byte[] pdf = Pdfs.export(Renderer.builtIn().render(Catalogs.bundled(language),
                RenderOptions.of(DocumentKind.SHEET).withRole("account-manager").withEmployee(anna)).document(),
                Pdfs.OPTIONS.withPdfa(true));

        ValidationResult result = VeraPdf.atDeclaredLevel(pdf);

        assertThat(VeraPdf.failedRules(result)).isEmpty();
        assertThat(result.isCompliant()).isTrue();
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_3_B);

        java.nio.file.Path file = java.nio.file.Files.createTempFile("sheet", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            dev.rolebook.model.RoleRecord record = dev.rolebook.model.RoleRecord.parse(
                    new PdfExporter().record(file).orElseThrow());
            assertThat(record.roleId()).isEqualTo("account-manager");
            assertThat(record.employee()).isEqualTo("Աննա Hakobyan");
            assertThat(record.intact()).as("the record's texts are those its version was taken of").isTrue();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy"})
    void theHandbookWithItsOutlineIsPdfA2bToo(String language) throws Exception {
        byte[] pdf = Pdfs.export(Renderer.builtIn().render(Catalogs.bundled(language),
                RenderOptions.of(DocumentKind.HANDBOOK)).document(), Pdfs.OPTIONS.withPdfa(true));
        ValidationResult result = VeraPdf.atDeclaredLevel(pdf);
        assertThat(result.isCompliant()).isTrue();
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
    }

    /**
     * A bundle declares the level of what it joins: sheets with their record PDF/A-3b, changes
     * sheets (which carry none) PDF/A-2b, and either passes veraPDF.
     */
    @org.junit.jupiter.api.Test
    void aMergedBundleIsAtTheLevelOfWhatItJoins(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        dev.rolebook.model.Catalog catalog = Catalogs.bundled("hy");
        for (DocumentKind kind : List.of(DocumentKind.SHEET, DocumentKind.CHANGES)) {
            List<java.nio.file.Path> files = new java.util.ArrayList<>();
            for (String role : List.of("account-manager", "sales-consultant")) {
                RenderOptions options = RenderOptions.of(kind).withRole(role).withPrevious(catalog);
                files.add(java.nio.file.Files.write(folder.resolve(kind.id() + "-" + role + ".pdf"),
                        Pdfs.export(Renderer.builtIn().render(catalog, options).document(), Pdfs.OPTIONS.withPdfa(true))));
            }
            java.io.ByteArrayOutputStream merged = new java.io.ByteArrayOutputStream();
            new PdfExporter().merge(files, "bundle", Pdfs.OPTIONS.withPdfa(true), merged);
            ValidationResult result = VeraPdf.atDeclaredLevel(merged.toByteArray());
            assertThat(VeraPdf.failedRules(result)).as(kind.id()).isEmpty();
            assertThat(result.getPDFAFlavour()).as(kind.id())
                    .isEqualTo(kind == DocumentKind.SHEET ? PDFAFlavour.PDFA_3_B : PDFAFlavour.PDFA_2_B);
        }
    }
}
