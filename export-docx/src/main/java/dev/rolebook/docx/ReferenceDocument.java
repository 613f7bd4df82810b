package dev.rolebook.docx;

import dev.rolebook.xhtml.export.ExportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;

/**
 * A Word document that DOCX output starts from: its styles, page setup, header and footer stay,
 * its text is replaced. Read once and made ready once per document language ({@link
 * PreparedReference}); POI's zip-bomb limits stay on, and a file that is not a usable .docx gives
 * an error saying what is wrong with it.
 */
final class ReferenceDocument {
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final String name;
    private final byte[] bytes;
    private final Map<String, PreparedReference> prepared = new ConcurrentHashMap<>();

    private ReferenceDocument(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    static ReferenceDocument rolebooks() {
        return Bundled.REFERENCE;
    }

    /** Read on first use. */
    private static final class Bundled {
        static final ReferenceDocument REFERENCE = bundled();
    }

    /** A user's reference document, checked now so a broken one fails before any output. */
    static ReferenceDocument load(Path file) {
        try {
            byte[] bytes;
            // Counted while reading: a pipe or a device has no size the file system could tell.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new ExportException("reference document " + file + " is larger than 20 MB");
            }
            UnpackedSize.check(bytes, file.toString());
            ReferenceDocument reference = new ReferenceDocument(file.toString(), bytes);
            reference.open().close();
            return reference;
        } catch (NoSuchFileException e) {
            throw new ExportException("reference document " + file + " does not exist");
        } catch (IOException e) {
            throw new ExportException("reference document " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A fresh document to fill; the caller closes it. */
    /** The file it was read from, as the user named it, or a name for rolebook's own. */
    String name() {
        return name;
    }

    XWPFDocument open() {
        return openChecked(name, bytes);
    }

    /** This reference made ready for documents in {@code language}; made once per language. */
    PreparedReference prepared(String language, XWPFStyles defaults) {
        return prepared.computeIfAbsent(language, l -> PreparedReference.of(this, l, defaults));
    }

    static XWPFDocument openChecked(String name, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            XWPFDocument document = new XWPFDocument(in);
            if (document.getDocument() == null || document.getDocument().getBody() == null) {
                document.close();
                throw broken(name, "has no document body (word/document.xml)");
            }
            return document;
        } catch (NotOfficeXmlFileException e) {
            throw broken(name, "is not a .docx file (Word 2007 or later); save it as .docx");
        } catch (POIXMLException e) {
            throw broken(name, "is not a Word document: " + firstLine(e));
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw broken(name, "expands far beyond its size, like a zip bomb; it is refused");
            }
            throw broken(name, "cannot be read as a .docx: " + firstLine(e));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw broken(name, "is not a usable .docx: " + firstLine(e));
        }
    }

    private static ExportException broken(String name, String what) {
        return new ExportException("reference document " + name + " " + what);
    }

    /** The first line of the message, without the class names POI puts in front of its causes' messages. */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.replaceAll("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ", "");
    }

    private static ReferenceDocument bundled() {
        try (InputStream in = ReferenceDocument.class.getResourceAsStream("reference.docx")) {
            if (in == null) {
                throw new IllegalStateException("reference.docx is missing from the build");
            }
            return new ReferenceDocument("rolebook's reference.docx", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
