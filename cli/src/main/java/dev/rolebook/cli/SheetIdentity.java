package dev.rolebook.cli;

import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a batch writes into each sheet's metadata so that {@code --skip-existing} knows the sheet
 * again: a digest of the row's rendered document (role text, employee, labels, paper), the format
 * and the options that change the file (PDF/A, booklet, the reference document's bytes). The
 * creation time is left out, so a later run recognises an earlier one's sheet. A file is skipped
 * only if it is a whole file of the format carrying this digest.
 */
final class SheetIdentity {
    private final String options;

    SheetIdentity(ExportOptions options) {
        this.options = "pdfa=" + options.pdfa() + ";booklet=" + options.booklet() + ";reference="
                + (options.referenceDocx() == null ? "" : digestOf(options.referenceDocx()));
    }

    /** The digest of a row's document, made once for all its formats. */
    byte[] of(XhtmlDocument document) {
        MessageDigest digest = sha256();
        digest.update((options + "\n").getBytes(StandardCharsets.UTF_8));
        return digest.digest(document.xhtml().getBytes(StandardCharsets.UTF_8));
    }

    /** The identifier of the row's file in {@code format}. */
    String of(byte[] document, String format) {
        MessageDigest digest = sha256();
        digest.update(document);
        return HexFormat.of().formatHex(digest.digest(format.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    /** Why {@code file} is not the sheet with {@code identifier}, in words; null when it is. */
    String mismatch(Exporter exporter, Path file, String identifier) throws IOException {
        if (Files.isSymbolicLink(file)) {
            return "is a link to another file";
        }
        if (!Files.isRegularFile(file)) {
            return "is not a file";
        }
        Optional<String> found = exporter.identifier(file);
        if (found.isEmpty()) {
            return "is not a whole " + exporter.format().toUpperCase() + " sheet written by rolebook (cut short, or"
                    + " made elsewhere)";
        }
        if (!found.get().equals(identifier)) {
            return "was made from other content (another row, an older list, catalog or template, or other options)";
        }
        return null;
    }

    private static String digestOf(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
