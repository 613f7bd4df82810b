package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A picture tells Word what it shows (its description), or that it only decorates. */
class ImageAltTest {
    @Test
    void theAltTextIsThePicturesDescriptionAndAnEmptyOneMarksDecoration() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "png", png);
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        XhtmlDocument xhtml = new XhtmlDocument("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Pictures</title></head><body>
                <h1>Pictures</h1><p><img alt="Acme's lighthouse logo" src="%s"/></p><p><img alt="" src="%s"/></p>
                </body></html>
                """.formatted(data, data), TemplateResources.builtIn(), "posting", "pictures");

        String document = part(Docx.export(xhtml, Docx.OPTIONS), "word/document.xml");

        assertThat(document).contains("descr=\"Acme's lighthouse logo\"");
        String decorative = document.substring(document.lastIndexOf("<wp:docPr"));
        assertThat(decorative.substring(0, decorative.indexOf("</wp:docPr>"))).doesNotContain("descr=")
                .contains("{C183D7F6-B498-43B3-948B-1728B52AA6E4}", "decorative", "val=\"1\"");
    }

    private static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
