package dev.rolebook.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * PDF/A-1 forbids transparency (no soft masks), and a company logo is often a PNG with a
 * transparent background. Such an image is flattened onto white, the paper it is printed on, and
 * written again as an opaque PNG; an image without transparency is left as it is.
 */
final class OpaqueImage {
    private OpaqueImage() {}

    /** The image without transparency, or the same bytes when it had none or cannot be decoded here. */
    static byte[] flatten(byte[] image) {
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
