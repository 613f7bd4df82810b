package dev.rolebook.conformance;

import dev.rolebook.testing.ExternalTool;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Compares what a text extractor finds with what a reader sees: pdftotext lists every word with its
 * box, pdftoppm renders every page at 72 dpi (one pixel a point), and a word with no ink in its
 * box is text that search and screen readers find but nobody can see, such as a line Flying
 * Saucer wrote into the margin of a page, clipped away.
 */
record VisibleWords(int pages, List<String> invisible) {
    private static final Pattern PAGE = Pattern.compile("<page width=\"[0-9.]+\" height=\"[0-9.]+\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");
    /** Lighter than this on the 0–255 grey scale is paper. */
    private static final int INK = 200;

    static VisibleWords of(Path pdf) throws IOException, InterruptedException {
        ExternalTool.Result words = ExternalTool.PDFTOTEXT.run("-bbox", pdf.toString(), "-");
        Path folder = Files.createTempDirectory("rolebook-pages-");
        ExternalTool.Result rendered = ExternalTool.PDFTOPPM.run("-r", "72", "-gray", "-png", pdf.toString(),
                folder.resolve("page").toString());
        if (words.exitCode() != 0 || rendered.exitCode() != 0) {
            throw new IOException(pdf + ": " + words.output() + rendered.output());
        }
        List<Path> images;
        try (Stream<Path> list = Files.list(folder)) {
            images = list.sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        }
        String[] pages = PAGE.split(words.output());
        List<String> invisible = new ArrayList<>();
        for (int page = 1; page < pages.length; page++) {
            BufferedImage image = ImageIO.read(images.get(page - 1).toFile());
            Matcher word = WORD.matcher(pages[page]);
            while (word.find()) {
                if (!inked(image, Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)),
                        Double.parseDouble(word.group(3)), Double.parseDouble(word.group(4)))) {
                    invisible.add("page " + page + ": '" + word.group(5) + "' at y=" + word.group(2) + " is not visible");
                }
            }
        }
        for (Path image : images) {
            Files.delete(image);
        }
        Files.delete(folder);
        return new VisibleWords(pages.length - 1, invisible);
    }

    private static boolean inked(BufferedImage image, double x0, double y0, double x1, double y1) {
        int left = Math.max(0, (int) Math.floor(x0));
        int top = Math.max(0, (int) Math.floor(y0));
        int right = Math.min(image.getWidth() - 1, (int) Math.ceil(x1));
        int bottom = Math.min(image.getHeight() - 1, (int) Math.ceil(y1));
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if ((image.getRGB(x, y) & 0xff) < INK) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int number(Path image) {
        String name = image.getFileName().toString();
        return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1, name.lastIndexOf('.')));
    }
}
