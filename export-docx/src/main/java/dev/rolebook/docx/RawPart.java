package dev.rolebook.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A package part compressed once and written into every document as it is. The reference's parts
 * and the embedded fonts are the same in every document of a run; compressing them again for each
 * would cost more than the document's own parts.
 */
record RawPart(String name, byte[] deflated, long crc, long size) {
    static RawPart of(String name, byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new RawPart(name, out.toByteArray(), crc.getValue(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    void writeTo(ZipArchiveOutputStream zip, FileTime stamp) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(size);
        entry.setCompressedSize(deflated.length);
        entry.setCrc(crc);
        entry.setLastModifiedTime(stamp);
        zip.addRawArchiveEntry(entry, new ByteArrayInputStream(deflated));
    }
}
