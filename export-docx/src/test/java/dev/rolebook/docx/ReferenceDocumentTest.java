package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.testing.Catalogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company's own reference document brands the output; a broken one is refused with a reason. */
class ReferenceDocumentTest {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    @Test
    void aReferenceWithAnotherHeadingFontAndALogoHeaderChangesTheOutput() throws Exception {
        Path reference = folder.resolve("acme.docx");
        try (XWPFDocument acme = new XWPFDocument(ReferenceDocument.class.getResourceAsStream("reference.docx"))) {
            XWPFStyle heading = acme.getStyles().getStyleWithName("heading 2");
            heading.getCTStyle().getRPr().getRFontsArray(0).setAscii("Acme Grotesk");
            heading.getCTStyle().getRPr().getRFontsArray(0).setHAnsi("Acme Grotesk");
            acme.getStyles().removeStyle(acme.getStyles().getStyles().indexOf(acme.getStyles().getStyleWithName("Quote")));
            XWPFHeader header = acme.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(PNG),
                    Document.PICTURE_TYPE_PNG, "acme-logo.png", Units.toEMU(40), Units.toEMU(12));
            try (OutputStream out = Files.newOutputStream(reference)) {
                acme.write(out);
            }
        }
        XhtmlDocument handbook = Docx.xhtml(Catalogs.bundled("en"), DocumentKind.HANDBOOK, null);

        try (XWPFDocument docx = Docx.read(Docx.export(handbook, Docx.OPTIONS.withReferenceDocx(reference)))) {
            XWPFStyle heading = docx.getStyles().getStyleWithName("heading 2");
            assertThat(heading.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Acme Grotesk");
            XWPFHeader header = docx.getHeaderFooterPolicy().getDefaultHeader();
            assertThat(header.getAllPictures()).singleElement()
                    .satisfies(picture -> assertThat(picture.getData()).isEqualTo(PNG));
            assertThat(header.getText()).doesNotContain("Business World");
            assertThat(docx.getStyles().getStyleWithName("Quote")).as("a style the reference lacks is added").isNotNull();
            assertThat(Docx.paragraphs(docx)).anySatisfy(p -> assertThat(Docx.styleName(docx, p)).isEqualTo("Quote"));
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path notZip = Files.writeString(folder.resolve("letter.docx"), "Dear HR, this is plain text.");
        assertThatThrownBy(() -> export(notZip))
                .isInstanceOf(ExportException.class)
                .hasMessage("reference document " + notZip + " is not a .docx file (Word 2007 or later); save it as .docx");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb = folder.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[50 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThatThrownBy(() -> export(bomb))
                .isInstanceOf(ExportException.class)
                .hasMessage("reference document " + bomb + " expands far beyond its size, like a zip bomb; it is refused");
    }

    @Test
    void aZipWithoutTheWordDocumentIsRefused() throws IOException {
        Path empty = folder.resolve("empty.docx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("nothing here".getBytes());
            zip.closeEntry();
        }
        Files.write(empty, bytes.toByteArray());
        assertThatThrownBy(() -> export(empty))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("reference document " + empty + " ");
    }

    @Test
    void aMissingReferenceIsNamed() {
        Path missing = folder.resolve("nowhere.docx");
        assertThatThrownBy(() -> export(missing))
                .isInstanceOf(ExportException.class)
                .hasMessage("reference document " + missing + " does not exist");
    }

    private static byte[] export(Path reference) {
        return Docx.export(Docx.xhtml(Catalogs.bundled("en"), DocumentKind.POSTING, "sales-consultant"),
                Docx.OPTIONS.withReferenceDocx(reference));
    }
}
