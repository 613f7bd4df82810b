package dev.rolebook.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Archive files (--pdfa) keep no transparency: PDF/A-1 forbade soft masks, and though the levels
 * rolebook writes now (2b, 3b) allow them, a file without them renders alike in every archive
 * viewer and prints the same. A company logo is often a PNG with a transparent background. Such an image is flattened onto white, the paper it is printed on, and
 * written again as an opaque PNG; an image without transparency is left as it is. The answers for
 * the last few images are kept: a batch of sheets carries the same logo on every sheet, and
 * decoding and encoding it again for each would cost more than laying the sheet out.
 */
final class OpaqueImage {
    private static final int REMEMBERED = 16;
    private static final Map<String, byte[]> FLATTENED = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private OpaqueImage() {}

    /** The image without transparency, or the same bytes when it had none or cannot be decoded here. */
    static byte[] flatten(byte[] image) {
        String key = digest(image);
        byte[] known = FLATTENED.get(key);
        if (known != null) {
            return known.length == 0 ? image : known;
        }
        byte[] flat = decodeAndFlatten(image);
        // An empty array stands for "unchanged", so that the entry does not hold the image twice.
        FLATTENED.put(key, flat == image ? new byte[0] : flat);
        return flat;
    }

    private static String digest(byte[] image) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeAndFlatten(byte[] image) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            return image;
        }
        if (decoded == null || !decoded.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, opaque.getWidth(), opaque.getHeight());
            graphics.drawImage(decoded, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length * 2);
        try {
            ImageIO.write(opaque, "png", out);
        } catch (IOException e) {
            return image;
        }
        return out.toByteArray();
    }
}
