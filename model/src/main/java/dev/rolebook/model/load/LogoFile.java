package dev.rolebook.model.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a catalog's logo is a file the documents can use: there, inside the catalog's folder, no
 * larger than export takes, and an image of the kind its name says (its first bytes).
 */
final class LogoFile {
    /** As the exporters' limit for a logo. */
    static final long MAX_BYTES = 2 * 1024 * 1024;

    private LogoFile() {}

    /** What is wrong with the logo, or null. */
    static String problem(Path folder, String logo) {
        String lower = logo.toLowerCase(Locale.ROOT);
        byte[] signature = lower.endsWith(".png") ? new byte[] {(byte) 0x89, 'P', 'N', 'G'}
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}
                : lower.endsWith(".gif") ? new byte[] {'G', 'I', 'F', '8'}
                : null;
        if (signature == null) {
            return "must be a PNG, JPEG or GIF image (.png, .jpg, .jpeg, .gif)";
        }
        try {
            Path real = folder.toRealPath();
            Path file = real.resolve(logo).normalize();
            if (!Files.isRegularFile(file)) {
                return "logo '" + logo + "' is not a file in " + real + "; documents need it";
            }
            if (!file.toRealPath().startsWith(real)) {
                return "logo '" + logo + "' leads outside the catalog's folder " + real;
            }
            if (Files.size(file) > MAX_BYTES) {
                return "logo '" + logo + "' is larger than 2 MB";
            }
            byte[] start;
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(4);
            }
            if (start.length >= signature.length && Arrays.equals(start, 0, signature.length, signature, 0, signature.length)) {
                return null;
            }
            String kind = lower.substring(lower.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
            return "logo '" + logo + "' is not a " + (kind.equals("JPG") ? "JPEG" : kind) + " image, whatever its name says";
        } catch (IOException e) {
            return "logo '" + logo + "' cannot be read: " + e.getMessage();
        }
    }
}
