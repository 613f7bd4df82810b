package dev.rolebook.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a logo before any document carries it: the bytes are the image their name says (a text
 * file named logo.png is not), its size in pixels is bounded (a small file can unpack to gigabytes),
 * and it decodes whole (a truncated file would fail deep inside an exporter, or print half a logo).
 * Done once per catalog, as the logo is read once.
 */
final class LogoImage {
    static final long MAX_PIXELS = 16_000_000;
    private static final Map<String, String> FORMATS = Map.of("image/png", "png", "image/jpeg", "jpeg", "image/gif", "gif");

    private LogoImage() {}

    /** @throws ResourceNotFoundException saying, in words, what is wrong with the image */
    static void check(byte[] bytes, String mediaType, String name) {
        String expected = FORMATS.get(mediaType);
        String actual = sniff(bytes);
        if (actual == null) {
            throw new ResourceNotFoundException("logo '" + name + "' is not an image (its content is not PNG, JPEG or"
                    + " GIF); save the logo as a " + expected.toUpperCase() + " file");
        }
        if (!actual.equals(expected)) {
            throw new ResourceNotFoundException("logo '" + name + "' is a " + actual.toUpperCase() + " image named as a "
                    + expected.toUpperCase() + " one; give it the ." + (actual.equals("jpeg") ? "jpg" : actual) + " ending");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ResourceNotFoundException("logo '" + name + "' cannot be read as " + expected.toUpperCase());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new ResourceNotFoundException("logo '" + name + "' is " + width + " × " + height
                            + " pixels; a logo may have at most 16 megapixels (a few hundred pixels wide is plenty)");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new ResourceNotFoundException("logo '" + name + "' is damaged: " + warnings.get(0));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ResourceNotFoundException known) {
                throw known;
            }
            throw new ResourceNotFoundException("logo '" + name + "' is damaged or cut short ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "); save it again from the original");
        }
    }

    private static String sniff(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        return startsWith(bytes, 'G', 'I', 'F', '8') ? "gif" : null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
