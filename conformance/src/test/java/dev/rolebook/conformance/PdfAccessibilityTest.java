package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import dev.rolebook.testing.StructureTree;
import dev.rolebook.testing.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verapdf.pdfa.results.ValidationResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every PDF of the matrix a person reads on a screen (each kind, hy and en, every paper, PDF/A
 * too) passes veraPDF's PDF/UA-1 profile, and the text its structure tree gives a screen reader,
 * walked in order, is the document's text in the document's order. An imposed booklet and a
 * merged bundle are print jobs made from such files: they claim no PDF/UA (checked here too).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PdfAccessibilityTest {
    private static final String UA_PART = "pdfuaid:part";

    private static List<Matrix.Output> readable() throws Exception {
        return Matrix.outputs("pdf").stream().filter(o -> !printJob(o)).toList();
    }

    private static boolean printJob(Matrix.Output output) {
        return output.from().args().contains("--booklet") || output.file().getFileName().toString().contains(".sheets.");
    }

    @Test
    void everyReadablePdfPassesPdfUa1() throws Exception {
        List<Matrix.Output> pdfs = readable();
        Map<String, String> failures = new TreeMap<>();
        Map<String, Integer> failedRules = new TreeMap<>();
        for (Matrix.Output output : pdfs) {
            ValidationResult result = VeraPdf.asPdfUa1(output.file());
            List<String> rules = VeraPdf.failedRules(result);
            rules.forEach(rule -> failedRules.merge(rule, 1, Integer::sum));
            if (!result.isCompliant()) {
                failures.put(output.toString(), rules.size() + " rules: " + String.join("; ", rules));
            }
        }
        System.out.printf("veraPDF PDF/UA-1: %d PDF files, %d failed; rules failed (files): %s%n", pdfs.size(),
                failures.size(), failedRules);
        assertThat(pdfs.stream().map(o -> o.from().kind()).distinct()).contains("handbook", "posting", "sheet", "changes");
        assertThat(pdfs.stream().filter(o -> o.from().args().contains("--pdfa"))).isNotEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void aScreenReaderReadsTheDocumentsTextInOrder() throws Exception {
        List<String> problems = new ArrayList<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        int checked = 0;
        for (Matrix.Output output : readable()) {
            Path html = output.companionHtml();
            if (!Files.exists(html)) {
                continue;
            }
            checked++;
            StructureTree tree = StructureTree.read(output.file());
            if (tree == null) {
                problems.add(output + ": no structure tree");
                continue;
            }
            String expected = squeeze(documentText(html));
            String read = squeeze(tree.text());
            if (!expected.equals(read)) {
                int at = 0;
                while (at < Math.min(expected.length(), read.length()) && expected.charAt(at) == read.charAt(at)) {
                    at++;
                }
                problems.add(output + ": differs at " + at + " of " + expected.length() + ": the document has «"
                        + around(expected, at) + "», the tree «" + around(read, at) + "»");
            }
            types.addAll(tree.types());
            int annotations = linkAnnotations(output.file());
            if (tree.links() != annotations) {
                problems.add(output + ": " + annotations + " link annotations, " + tree.links() + " tied to a Link element");
            }
            List<String> alts = imageAlts(html);
            if (!tree.figures().equals(alts)) {
                problems.add(output + ": figures " + tree.figures() + ", the document's images " + alts);
            }
        }
        System.out.printf("structure tree read in order: %d PDF files; structure types: %s%n", checked, types);
        assertThat(checked).isGreaterThan(20);
        assertThat(types).contains("Document", "Sect", "Art", "H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "TR",
                "TH", "TD", "Link", "Figure", "TOC", "TOCI");
        assertThat(problems).isEmpty();
    }

    @Test
    void printJobsClaimNoPdfUa() throws Exception {
        List<Matrix.Output> jobs = Matrix.outputs("pdf").stream().filter(PdfAccessibilityTest::printJob).toList();
        assertThat(jobs).isNotEmpty();
        for (Matrix.Output output : jobs) {
            assertThat(new String(Files.readAllBytes(output.file()), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as(output.toString()).doesNotContain(UA_PART);
        }
        for (Matrix.Output output : readable()) {
            assertThat(new String(Files.readAllBytes(output.file()), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as(output.toString()).contains(UA_PART);
        }
    }

    private static int linkAnnotations(Path pdf) throws Exception {
        int links = 0;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                links += (int) page.getAnnotations().stream().filter(a -> "Link".equals(a.getSubtype())).count();
            }
        }
        return links;
    }

    /** The body's text as the HTML made from the same XHTML has it, without the running page furniture. */
    private static String documentText(Path html) throws Exception {
        StringBuilder text = new StringBuilder();
        appendText(HtmlStructure.parse(html).getElementsByTagName("body").item(0), text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            text.append(node.getNodeValue());
            return;
        }
        if (node instanceof Element element) {
            String name = element.getLocalName();
            if (name.equals("script") || name.equals("style") || element.getAttribute("class").contains("running-")) {
                return;
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            appendText(child, text);
        }
    }

    private static List<String> imageAlts(Path html) throws Exception {
        org.w3c.dom.NodeList images = HtmlStructure.parse(html).getElementsByTagName("img");
        List<String> alts = new ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) {
            alts.add(((Element) images.item(i)).getAttribute("alt"));
        }
        return alts.stream().filter(alt -> !alt.isEmpty()).collect(Collectors.toList());
    }

    /** Line breaks, spaces and soft hyphens are where the layout put them, not what the text says. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u00ad]", "");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }
}
