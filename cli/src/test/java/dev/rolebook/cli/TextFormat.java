package dev.rolebook.cli;

import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A format of a test's own, registered in the test classpath's META-INF/services, to show that a
 * new format is a class and a registration: plain text, the document's words without markup.
 */
public final class TextFormat implements Exporter {
    @Override
    public String format() {
        return "txt";
    }

    @Override
    public void export(XhtmlDocument document, ExportOptions options, OutputStream out) throws IOException {
        String text = XhtmlParser.parse(document).getDocumentElement().getTextContent();
        out.write(text.replaceAll("[ \\t]*\\n\\s*", "\n").strip().getBytes(StandardCharsets.UTF_8));
    }
}
