package dev.rolebook.docx;

import dev.rolebook.xhtml.export.ExportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Bounds what a reference document unpacks to, counted while unpacking (a zip's own size fields
 * can lie) and before POI opens it: POI holds every part in memory and refuses only a compression
 * ratio beyond 1:100, so a 20 MB file of parts just under that ratio would take gigabytes. A
 * reference holds styles, a header and a logo: a few MB unpacked.
 */
final class UnpackedSize {
    static final long MAX_TOTAL = 100L * 1024 * 1024;
    static final long MAX_PART = 50L * 1024 * 1024;
    static final int MAX_PARTS = 2_000;

    private UnpackedSize() {}

    /** @throws ExportException naming the limit and, for one part too large, the part */
    static void check(byte[] zip, String name) {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw refused(name, "has more than " + MAX_PARTS + " parts; a reference needs a few dozen");
                }
                long part = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    part += read;
                    total += read;
                    if (part > MAX_PART) {
                        throw refused(name, "has a part larger than " + mb(MAX_PART) + " unpacked (" + entry.getName()
                                + "); a reference needs a few MB in all");
                    }
                    if (total > MAX_TOTAL) {
                        throw refused(name, "unpacks to more than " + mb(MAX_TOTAL) + "; a reference needs a few MB in all");
                    }
                }
            }
        } catch (IOException e) {
            // Not a zip this reader can walk: POI says what is wrong with it when it opens the file.
        }
    }

    private static ExportException refused(String name, String what) {
        return new ExportException("reference document " + name + " " + what);
    }

    private static String mb(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}
