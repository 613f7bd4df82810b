package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reference documents as users bring them, made by the programs users make them with rather than
 * by rolebook: python-docx's default template (a document saved by Word, with Word's own style
 * names and ids), a Letter-sized letterhead with a running header saved by LibreOffice Writer (which names its
 * styles "Header", "Heading 1") and pandoc's own reference.docx (ids such as Heading4 for "Heading 4").
 */
final class References {
    private References() {}

    static Path wordMade(Path folder) throws IOException {
        Path reference = folder.resolve("word-made.docx");
        ExternalTool.Result saved = run(ExternalTool.PYTHON_DOCX, "-c",
                "import docx, sys; docx.Document().save(sys.argv[1])", reference.toString());
        assertThat(saved.exitCode()).as(saved.output()).isZero();
        return reference;
    }

    static Path libreOfficeMade(Path folder) throws IOException {
        // A flat OpenDocument file: a Letter page with a header, as an American letterhead has.
        Path text = folder.resolve("letterhead.fodt");
        Files.writeString(text, """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:styles><style:style style:name="Header" style:family="paragraph" style:class="extra"/></office:styles>
                 <office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties
                  fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="2cm" fo:margin-bottom="2cm"
                  fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/></style:page-layout></office:automatic-styles>
                 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
                  <style:header><text:p text:style-name="Header">Acme letterhead</text:p></style:header></style:master-page>
                 </office:master-styles>
                 <office:body><office:text><text:p>Letter</text:p></office:text></office:body>
                </office:document>
                """);
        ExternalTool.Result converted = run(ExternalTool.SOFFICE, "--headless",
                "-env:UserInstallation=" + folder.resolve("office-profile").toUri(),
                "--convert-to", "docx", "--outdir", folder.toString(), text.toString());
        assertThat(converted.exitCode()).as(converted.output()).isZero();
        Path reference = folder.resolve("letterhead.docx");
        assertThat(reference).as(converted.output()).exists();
        return reference;
    }

    static Path pandocMade(Path folder) throws IOException {
        Path reference = folder.resolve("pandoc-reference.docx");
        ExternalTool.Result saved = run(ExternalTool.PANDOC, "-o", reference.toString(), "--print-default-data-file",
                "reference.docx");
        assertThat(saved.exitCode()).as(saved.output()).isZero();
        return reference;
    }

    private static ExternalTool.Result run(ExternalTool tool, String... arguments) throws IOException {
        try {
            return tool.run(arguments);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
