package dev.rolebook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every word of a PDF with the box poppler's pdftotext finds for it, page by page: where a reader
 * sees a running head, a page number or a name, in points from the top left corner.
 */
public record PdfWords(List<Page> pages) {
    private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");

    /** One word and its box. */
    public record Word(String text, double left, double top, double right, double bottom) {}

    /** One page: its size and words in pdftotext's reading order. */
    public record Page(int number, double width, double height, List<Word> words) {
        /** The words whose top lies above this many points from the page's top (the running head). */
        public List<Word> top(double points) {
            return words.stream().filter(w -> w.top() < points).toList();
        }

        /** The words whose bottom lies within this many points of the page's bottom (the folio). */
        public List<Word> bottom(double points) {
            return words.stream().filter(w -> w.bottom() > height - points).toList();
        }

        public String text() {
            return words.stream().map(Word::text).collect(Collectors.joining(" "));
        }
    }

    public static PdfWords of(Path pdf) throws IOException, InterruptedException {
        // Into a file: on stdout, pdftotext's messages on stderr ("no word list" for a blank page)
        // would be mixed into the word list, which then loses the page they fall into.
        Path boxes = Files.createTempFile("pdfwords-", ".html");
        String output;
        try {
            ExternalTool.Result result = ExternalTool.PDFTOTEXT.run("-bbox", pdf.toString(), boxes.toString());
            if (result.exitCode() != 0) {
                throw new IOException(pdf + ": pdftotext failed: " + result.output());
            }
            output = Files.readString(boxes);
        } finally {
            Files.deleteIfExists(boxes);
        }
        List<Page> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(output);
        List<int[]> starts = new ArrayList<>();
        while (page.find()) {
            starts.add(new int[] {page.start(), page.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : output.length();
            page.find(starts.get(i)[0]);
            List<Word> words = new ArrayList<>();
            Matcher word = WORD.matcher(output).region(starts.get(i)[1], end);
            while (word.find()) {
                words.add(new Word(unescape(word.group(5)), Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)),
                        Double.parseDouble(word.group(3)), Double.parseDouble(word.group(4))));
            }
            pages.add(new Page(i + 1, Double.parseDouble(page.group(1)), Double.parseDouble(page.group(2)), words));
        }
        return new PdfWords(pages);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    public Page page(int number) {
        return pages.get(number - 1);
    }
}
