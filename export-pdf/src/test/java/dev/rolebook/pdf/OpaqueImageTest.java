package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** PDF/A-1 allows no transparency: a logo with a transparent background is printed on white. */
class OpaqueImageTest {
    @Test
    void aTransparentPngIsDrawnOntoWhite() throws Exception {
        BufferedImage logo = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
        logo.setRGB(0, 0, 0x00000000);
        logo.setRGB(1, 0, 0xff1e3c8c);
        byte[] flat = OpaqueImage.flatten(png(logo));

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(flat));
        assertThat(read.getColorModel().hasAlpha()).isFalse();
        assertThat(read.getRGB(0, 0) & 0xffffff).as("transparent becomes the paper's white").isEqualTo(0xffffff);
        assertThat(read.getRGB(1, 0) & 0xffffff).as("opaque pixels keep their colour").isEqualTo(0x1e3c8c);
        assertThat(OpaqueImage.flatten(png(logo))).as("the same image again, from memory").isEqualTo(flat);
    }

    @Test
    void anOpaqueImageIsLeftAsItIs() throws Exception {
        BufferedImage photo = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        photo.setRGB(1, 1, 0x336699);
        byte[] bytes = png(photo);
        assertThat(OpaqueImage.flatten(bytes)).isSameAs(bytes);
        assertThat(OpaqueImage.flatten(bytes)).isSameAs(bytes);
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
