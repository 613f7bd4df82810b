package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The checks Word's accessibility checker makes, on every DOCX of the matrix: every picture has
 * alternative text, a table's header row is marked as one, headings go down one level at a time,
 * every link has text, and the document has a title and a language.
 */
class DocxAccessibilityTest {
    private static final Pattern DOC_PR = Pattern.compile("<wp:docPr [^>]*>");
    private static final Pattern DESCRIPTION = Pattern.compile("\\sdescr=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("(?s)<w:hyperlink[^>]*>(.*?)</w:hyperlink>");
    private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>[^<]*\\S[^<]*</w:t>");
    private static final Pattern HEADING = Pattern.compile("heading ([1-9])", Pattern.CASE_INSENSITIVE);

    @Test
    void wordsAccessibilityChecksPass() throws Exception {
        List<String> problems = new ArrayList<>();
        int pictures = 0;
        int headerRows = 0;
        for (Matrix.Output output : Matrix.outputs("docx")) {
            DocxPackage docx = DocxPackage.read(output.file());
            String document = new String(docx.parts().get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
            Matcher picture = DOC_PR.matcher(document);
            while (picture.find()) {
                pictures++;
                Matcher description = DESCRIPTION.matcher(picture.group());
                boolean decorative = !picture.group().endsWith("/>")
                        && document.substring(picture.end(), document.indexOf("</wp:docPr>", picture.end())).contains("decorative");
                if (!decorative && (!description.find() || description.group(1).isBlank())) {
                    problems.add(output + ": a picture without alternative text: " + picture.group());
                }
            }
            Matcher link = LINK.matcher(document);
            while (link.find()) {
                if (!TEXT.matcher(link.group(1)).find()) {
                    problems.add(output + ": a link without text: " + link.group());
                }
            }
            try (InputStream in = Files.newInputStream(output.file()); XWPFDocument word = new XWPFDocument(in)) {
                if (word.getProperties().getCoreProperties().getTitle() == null
                        || word.getProperties().getCoreProperties().getTitle().isBlank()) {
                    problems.add(output + ": no document title");
                }
                var defaults = word.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
                if (defaults.sizeOfLangArray() == 0 || defaults.getLangArray(0).getVal() == null) {
                    problems.add(output + ": no document language");
                }
                int level = 0;
                for (XWPFParagraph paragraph : word.getParagraphs()) {
                    XWPFStyle style = paragraph.getStyleID() == null ? null : word.getStyles().getStyle(paragraph.getStyleID());
                    Matcher heading = style == null ? null : HEADING.matcher(style.getName());
                    if (heading != null && heading.matches()) {
                        int next = Integer.parseInt(heading.group(1));
                        if (next > level + 1) {
                            problems.add(output + ": heading level " + next + " after " + level + ": " + paragraph.getText());
                        }
                        level = next;
                    }
                }
                for (XWPFTable table : word.getTables()) {
                    boolean headed = table.getRow(0).getTableCells().stream()
                            .allMatch(cell -> !cell.getText().isBlank()) && table.getRows().size() > 1
                            && table.getRow(0).isRepeatHeader();
                    headerRows += headed ? 1 : 0;
                }
            }
        }
        System.out.printf("DOCX accessibility: %d pictures, %d tables with header rows%n", pictures, headerRows);
        assertThat(pictures).as("the matrix has pictures (logos) to check").isPositive();
        assertThat(headerRows).as("sheets' signature tables have header rows").isPositive();
        assertThat(problems).isEmpty();
    }
}
