package dev.rolebook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text of a PDF as poppler extracts it, for comparing with catalog texts. {@link #body} leaves out
 * the running header and footer, which would otherwise land inside a paragraph that crosses a
 * page break.
 */
public final class PdfText {
    /** Header and footer sit in the outer 17 mm of the page in every rolebook layout. */
    private static final double MARGIN_POINTS = 17 / 25.4 * 72;

    private PdfText() {}

    /** The whole text, layout kept (so a hyphen at a line's end stays as printed). */
    public static String all(Path pdf) throws IOException, InterruptedException {
        return extract(pdf, "-layout", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** The text between the header and footer areas of every page. */
    public static String body(Path pdf) throws IOException, InterruptedException {
        ExternalTool.Result info = ExternalTool.PDFINFO.run(pdf.toString());
        Matcher size = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts").matcher(info.output());
        if (!size.find()) {
            throw new AssertionError("pdfinfo gave no page size: " + info.output());
        }
        int width = (int) Math.ceil(Double.parseDouble(size.group(1)));
        int height = (int) Math.floor(Double.parseDouble(size.group(2)));
        int margin = (int) Math.round(MARGIN_POINTS);
        return extract(pdf, "-layout", "-enc", "UTF-8", "-r", "72", "-x", "0", "-y", "" + margin,
                "-W", "" + width, "-H", "" + (height - 2 * margin), pdf.toString(), "-");
    }

    private static String extract(Path pdf, String... arguments) throws IOException, InterruptedException {
        ExternalTool.Result result = ExternalTool.PDFTOTEXT.run(arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("pdftotext failed on " + pdf + ": " + result.output());
        }
        return result.output();
    }
}
