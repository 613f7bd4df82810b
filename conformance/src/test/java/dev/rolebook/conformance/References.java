package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reference documents as users bring them, made by the programs users make them with rather than
 * by rolebook: python-docx's default template (a document saved by Word, with Word's own style
 * names and ids) and a document saved by LibreOffice Writer.
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
        Path text = folder.resolve("letterhead.txt");
        Files.writeString(text, "Acme letterhead\n");
        ExternalTool.Result converted = run(ExternalTool.SOFFICE, "--headless",
                "-env:UserInstallation=" + folder.resolve("office-profile").toUri(),
                "--convert-to", "docx", "--outdir", folder.toString(), text.toString());
        assertThat(converted.exitCode()).as(converted.output()).isZero();
        Path reference = folder.resolve("letterhead.docx");
        assertThat(reference).as(converted.output()).exists();
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
