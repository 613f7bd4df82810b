package dev.rolebook.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * POI stamps every part of a .docx with the time it was written. This rewrites the package with
 * the document's own timestamp on every part, in the same order, so the same document with the
 * same dates is the same file; parts prepared ahead of time go in on the way.
 */
final class StableZip {
    private StableZip() {}

    /** Copies {@code docx}, with the entries named in {@code replacements} given those bytes instead. */
    static void copy(byte[] docx, Instant time, Map<String, byte[]> replacements, OutputStream out) throws IOException {
        FileTime stamp = FileTime.from(time);
        Set<String> replaced = new HashSet<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                put(zip, entry.getName(), stamp);
                byte[] replacement = replacements.get(entry.getName());
                if (replacement != null) {
                    zip.write(replacement);
                    replaced.add(entry.getName());
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        if (!replaced.equals(replacements.keySet())) {
            // A prepared part with nowhere to go would leave the document without its styles.
            throw new IllegalStateException("the package lacks the parts " + replacements.keySet()
                    + " (found " + replaced + ")");
        }
        zip.finish();
    }

    /** Starts an entry stamped with the document's time. */
    static void put(ZipOutputStream zip, String name, FileTime stamp) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(stamp);
        zip.putNextEntry(entry);
    }

    /** The bytes of one entry of a zip. */
    static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("the package has no " + name);
    }
}
