package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.xhtml.XhtmlDocument;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/**
 * A Letter reference document made by LibreOffice gives Letter documents while the paper is left
 * at its default (the document says A4), and the chosen paper when one was chosen.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReferencePaperTest {
    private static final BigInteger LETTER_WIDTH = BigInteger.valueOf(12240);
    private static final BigInteger LETTER_HEIGHT = BigInteger.valueOf(15840);

    @TempDir
    Path folder;

    @Test
    void aReferencesPageSizeWinsUnlessThePaperWasChosen() throws Exception {
        Path reference = libreOfficeLetter();
        XhtmlDocument posting = Docx.xhtml(Catalogs.bundled("en"), DocumentKind.POSTING, "account-manager");
        assertThat(posting.xhtml())
                .as("the document states A4").contains("<meta name=\"paper\" content=\"A4\"/>");

        CTPageSz kept = pageSize(Docx.export(posting, Docx.OPTIONS.withReferenceDocx(reference).withPaperStated(false)));
        CTPageSz chosen = pageSize(Docx.export(posting, Docx.OPTIONS.withReferenceDocx(reference).withPaperStated(true)));
        CTPageSz own = pageSize(Docx.export(posting, Docx.OPTIONS.withPaperStated(false)));

        assertThat(new Object[] {kept.getW(), kept.getH()}).as("paper left at its default: the reference's Letter")
                .containsExactly(LETTER_WIDTH, LETTER_HEIGHT);
        assertThat(new Object[] {chosen.getW(), chosen.getH()}).as("paper chosen: A4")
                .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
        assertThat(new Object[] {own.getW(), own.getH()}).as("rolebook's own reference: the document's A4")
                .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
    }

    private static CTPageSz pageSize(byte[] docx) throws Exception {
        try (XWPFDocument document = Docx.read(docx)) {
            return (CTPageSz) document.getDocument().getBody().getSectPr().getPgSz().copy();
        }
    }

    /** A Letter page with inch margins, saved as .docx by LibreOffice as a user's letterhead would be. */
    private Path libreOfficeLetter() throws Exception {
        ExternalTool.SOFFICE.require();
        Path text = Files.writeString(folder.resolve("letter.fodt"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties
                  fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="1in" fo:margin-bottom="1in"
                  fo:margin-left="1in" fo:margin-right="1in"/></style:page-layout></office:automatic-styles>
                 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
                 <office:body><office:text><text:p>Letter</text:p></office:text></office:body>
                </office:document>
                """);
        ExternalTool.Result converted = ExternalTool.SOFFICE.run("--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "docx", "--outdir",
                folder.toString(), text.toString());
        assertThat(converted.exitCode()).as(converted.output()).isZero();
        Path reference = folder.resolve("letter.docx");
        assertThat(reference).as(converted.output()).exists();
        return reference;
    }
}
