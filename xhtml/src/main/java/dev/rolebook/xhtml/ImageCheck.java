package dev.rolebook.xhtml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an image before any document carries it, the catalog's logo and a template's images
 * alike: the bytes are the image their name says (a text file named logo.png is not), its size in
 * pixels is bounded (a small file can unpack to gigabytes), and it decodes whole (a truncated file
 * would fail deep inside an exporter, or print half an image). Each distinct image is decoded once
 * per run, however many documents carry it.
 */
public final class ImageCheck {
    static final long MAX_PIXELS = 16_000_000;
    private static final Map<String, String> FORMATS = Map.of("image/png", "png", "image/jpeg", "jpeg", "image/gif", "gif");
    /** Images already checked, by content, with what was wrong ("" when nothing). Bounded: cleared when full. */
    private static final Map<String, String> CHECKED = new ConcurrentHashMap<>();
    private static final int CHECKED_MAX = 256;

    private ImageCheck() {}

    /** The media type a file name's ending says ({@code image/png}), or null for anything but PNG, JPEG, GIF. */
    public static String mediaType(String name) {
        return MediaTypes.image(name);
    }

    /** data: URIs already checked, by the URI itself, with what was wrong ("" when nothing). */
    private static final Map<String, String> CHECKED_URIS = new ConcurrentHashMap<>();
    private static final Pattern DATA_IMAGE =
            Pattern.compile("data:image/(png|jpeg|gif);base64,(.*)", Pattern.DOTALL);

    /**
     * Checks an image given as a {@code data:image/png|jpeg|gif;base64,} URI, once per distinct URI:
     * a logo is the same URI on every page of a batch, and decoding it again per page would cost
     * more than the page.
     *
     * @throws ResourceNotFoundException saying what is wrong, as {@link #check} does
     * @throws IllegalArgumentException if the URI is not such a data URI
     */
    public static void checkDataUri(String uri, String what) {
        Matcher data = DATA_IMAGE.matcher(uri);
        if (!data.matches()) {
            throw new IllegalArgumentException("not a PNG, JPEG or GIF data URI");
        }
        once(CHECKED_URIS, uri, what, () -> {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(data.group(2));
            } catch (IllegalArgumentException e) {
                throw new ResourceNotFoundException(what + " is not valid base64: " + e.getMessage());
            }
            check(bytes, "image/" + data.group(1), what);
        });
    }

    /**
     * Checks once per distinct content; {@code what} names the image in the message ("image 'a.png'").
     *
     * @throws ResourceNotFoundException saying, in words, what is wrong with the image
     */
    public static void checkOnce(byte[] bytes, String mediaType, String what) {
        once(CHECKED, mediaType + ":" + digest(bytes), what, () -> check(bytes, mediaType, what));
    }

    /** Runs {@code check} unless {@code checked} has its outcome under {@code key}; either way, a problem is thrown. */
    private static void once(Map<String, String> checked, String key, String what, Runnable check) {
        String problem = checked.get(key);
        if (problem == null) {
            try {
                check.run();
                problem = "";
            } catch (ResourceNotFoundException e) {
                problem = e.getMessage().substring(what.length());
            }
            if (checked.size() >= CHECKED_MAX) {
                checked.clear();
            }
            checked.put(key, problem);
        }
        if (!problem.isEmpty()) {
            throw new ResourceNotFoundException(what + problem);
        }
    }

    /** @throws ResourceNotFoundException saying, in words, what is wrong with the image */
    public static void check(byte[] bytes, String mediaType, String what) {
        String expected = FORMATS.get(mediaType);
        if (expected == null) {
            throw new ResourceNotFoundException(what + " is not a PNG, JPEG or GIF image");
        }
        String actual = sniff(bytes);
        if (actual == null) {
            throw new ResourceNotFoundException(what + " is not an image (its content is not PNG, JPEG or"
                    + " GIF); save it as a " + expected.toUpperCase() + " file");
        }
        if (!actual.equals(expected)) {
            throw new ResourceNotFoundException(what + " is a " + actual.toUpperCase() + " image named as a "
                    + expected.toUpperCase() + " one; give it the ." + (actual.equals("jpeg") ? "jpg" : actual) + " ending");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ResourceNotFoundException(what + " cannot be read as " + expected.toUpperCase());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new ResourceNotFoundException(what + " is " + width + " × " + height
                            + " pixels; an image may have at most 16 megapixels (a few hundred pixels wide is plenty"
                            + " for a logo)");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new ResourceNotFoundException(what + " is damaged: " + warnings.get(0));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ResourceNotFoundException known) {
                throw known;
            }
            throw new ResourceNotFoundException(what + " is damaged or cut short ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "); save it again from the original");
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
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
