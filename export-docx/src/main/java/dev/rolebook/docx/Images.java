package dev.rolebook.docx;

import dev.rolebook.xhtml.Vocabulary;
import dev.rolebook.xhtml.ImageCheck;
import dev.rolebook.xhtml.ResourceNotFoundException;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.export.ExportException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.util.Units;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.w3c.dom.Element;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import javax.xml.namespace.QName;

/**
 * Pictures: a {@code data:} URI or a file of the template folders, at its natural size (96 pixels
 * to the inch) but no wider than the text, and a logo no taller than the PDF shows it.
 */
final class Images {
    private static final Pattern DATA = Pattern.compile("data:image/(png|jpeg|gif);base64,(.*)", Pattern.DOTALL);
    private static final double MAX_WIDTH_POINTS = 16 / 2.54 * 72;
    private static final double LOGO_HEIGHT_POINTS = 16 / 25.4 * 72;

    private Images() {}

    static void add(XWPFParagraph paragraph, Element image, DocxBuilder builder) {
        String src = image.getAttribute("src").strip();
        byte[] bytes;
        String type;
        Matcher data = DATA.matcher(src);
        try {
            if (data.matches()) {
                ImageCheck.checkDataUri(src, "image '" + abbreviate(src) + "'");
                type = data.group(1);
                bytes = Base64.getMimeDecoder().decode(data.group(2));
            } else if (src.startsWith("data:") || src.contains(":")) {
                throw new ExportException(builder.documentName() + ": image '" + abbreviate(src)
                        + "' is neither a file of the template folders nor a PNG, JPEG or GIF data URI");
            } else {
                bytes = builder.resources().readImage(TemplateResources.checkName(src));
                type = ImageCheck.mediaType(src).substring("image/".length());
            }
        } catch (IllegalArgumentException | UncheckedIOException | ResourceNotFoundException e) {
            throw new ExportException(builder.documentName() + ": " + (e instanceof IllegalArgumentException
                    ? "image " : "") + e.getMessage());
        }
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
            if (picture == null) {
                throw new ExportException(builder.documentName() + ": image '" + abbreviate(src) + "' cannot be read");
            }
            double width = picture.getWidth() * 0.75;
            double height = picture.getHeight() * 0.75;
            double scale = Math.min(1, MAX_WIDTH_POINTS / width);
            if (Vocabulary.hasClass(image, Vocabulary.LOGO)) {
                scale = LOGO_HEIGHT_POINTS / height;
            }
            String alt = image.getAttribute("alt");
            XWPFRun run = paragraph.createRun();
            // The alternative text becomes the picture's description, which Word reads aloud.
            run.addPicture(new ByteArrayInputStream(bytes), pictureType(type), alt, Units.toEMU(width * scale),
                    Units.toEMU(height * scale));
            if (alt.isBlank()) {
                markDecorative(run);
            }
        } catch (IOException | InvalidFormatException e) {
            throw new ExportException(builder.documentName() + ": image '" + abbreviate(src) + "' cannot be added: "
                    + e.getMessage(), e);
        }
    }

    /**
     * alt="" says the image only decorates: Word's mark for that (Office 2019's decorative
     * extension), so its accessibility checker and screen readers pass over it.
     */
    private static void markDecorative(XWPFRun run) {
        var drawing = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1);
        var docPr = drawing.getInlineArray(0).getDocPr();
        if (docPr.isSetDescr()) {
            docPr.unsetDescr();
        }
        var extension = docPr.addNewExtLst().addNewExt();
        extension.setUri("{C183D7F6-B498-43B3-948B-1728B52AA6E4}");
        try (XmlCursor cursor = extension.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName("http://schemas.microsoft.com/office/drawing/2017/decorative", "decorative", "adec"));
            cursor.insertAttributeWithValue("val", "1");
        }
    }

    private static int pictureType(String type) {
        return switch (type) {
            case "png" -> Document.PICTURE_TYPE_PNG;
            case "jpeg" -> Document.PICTURE_TYPE_JPEG;
            case "gif" -> Document.PICTURE_TYPE_GIF;
            default -> throw new ExportException("images must be PNG, JPEG or GIF, not " + type);
        };
    }

    private static String abbreviate(String src) {
        return src.length() > 60 ? src.substring(0, 57) + "..." : src;
    }
}
