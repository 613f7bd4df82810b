package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Paper;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.testing.ExternalTool;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/**
 * Golden files, pandoc-style: for the fixture catalog, with English and Armenian labels, and each
 * kind, the XHTML the templates make, every XML part of the DOCX pretty-printed, the HTML page and
 * the PDF's text with its page breaks are kept in {@code src/test/resources/golden} and compared
 * on every build, so that every change to a template or an exporter shows as a diff to review.
 * {@code ./mvnw verify -Drolebook.accept} writes them anew instead of comparing.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GoldenTest {
    private static final boolean ACCEPT = System.getProperty("rolebook.accept") != null;
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");

    @ParameterizedTest(name = "{0} labels, {1}")
    @CsvSource({"en, handbook", "en, posting", "en, sheet", "hy, handbook", "hy, posting", "hy, sheet"})
    void outputsMatchTheirGoldenFiles(String labels, String kind) throws Exception {
        String caseName = "acme " + labels + " " + kind;
        List<Matrix.Output> outputs = Matrix.outputs().stream()
                .filter(o -> o.from().name().equals(caseName))
                .filter(o -> kind.equals("handbook") || o.file().getFileName().toString().contains(".account-manager."))
                .toList();
        assertThat(outputs).extracting(Matrix.Output::format).containsExactlyInAnyOrder("docx", "html", "pdf");
        Path folder = GOLDEN.resolve("acme." + labels + "." + kind);
        List<String> differences = new ArrayList<>();

        compare(folder.resolve("document.xhtml"), xhtml(outputs.get(0).from(), labels, kind), differences);
        for (Matrix.Output output : outputs) {
            switch (output.format()) {
                case "html" -> compare(folder.resolve("page.html"), Files.readString(output.file()), differences);
                case "pdf" -> compare(folder.resolve("pdf.txt"), pdfText(output.file()), differences);
                case "docx" -> {
                    DocxPackage docx = DocxPackage.read(output.file());
                    TreeSet<String> expected = new TreeSet<>();
                    for (String part : docx.parts().keySet()) {
                        if (docx.isXml(part)) {
                            String name = "docx/" + part.replace("[", "").replace("]", "");
                            expected.add(name);
                            compare(folder.resolve(name), pretty(docx.dom(part)), differences);
                        }
                    }
                    if (!ACCEPT) {
                        TreeSet<String> kept = goldenParts(folder.resolve("docx"), folder);
                        kept.removeAll(expected);
                        kept.forEach(gone -> differences.add(gone + ": the golden file has a part the DOCX no longer has"));
                    }
                }
                default -> throw new IllegalStateException(output.format());
            }
        }
        assertThat(differences).as("golden files differ; review the change and run ./mvnw verify -Drolebook.accept"
                + " if every difference is meant").isEmpty();
    }

    /** The XHTML as the command made it: same catalog, labels, role and date. */
    private static String xhtml(Matrix.Case from, String labels, String kind) throws IOException {
        Path catalogFile = Path.of(from.args().get(from.args().indexOf("--catalog") + 1));
        Catalog catalog = new CatalogLoader().load(catalogFile).orThrow();
        LocalDate date = LocalDate.ofInstant(Matrix.FIXED, ZoneOffset.UTC);
        DocumentKind documentKind = DocumentKind.valueOf(kind.toUpperCase(Locale.ROOT));
        List<String> roles = kind.equals("handbook") ? List.of() : List.of("account-manager");
        RenderOptions options = new RenderOptions(documentKind, labels, Paper.A4, List.of(), roles, date, null,
                catalogFile.getParent());
        return Renderer.builtIn().render(catalog, options).document().xhtml();
    }

    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        ExternalTool.Result text = ExternalTool.PDFTOTEXT.run("-enc", "UTF-8", pdf.toString(), "-");
        assertThat(text.exitCode()).as(text.output()).isZero();
        return text.output().replace("\f", "\n--- page break ---\n");
    }

    private static String pretty(Document dom) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(dom), new StreamResult(out));
            return out.toString().replaceAll("(?m)^[ \\t]+$\\n", "");
        } catch (TransformerException e) {
            throw new IOException(e);
        }
    }

    private static void compare(Path golden, String actual, List<String> differences) throws IOException {
        String name = GOLDEN.relativize(golden).toString();
        if (ACCEPT) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            differences.add(name + ": no golden file");
            return;
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            differences.add(name + ": " + firstDifference(expected, actual));
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "(end)";
            String right = i < b.length ? b[i] : "(end)";
            if (!left.equals(right)) {
                return "line " + (i + 1) + "\n  golden: " + left + "\n  now:    " + right;
            }
        }
        return "line endings differ";
    }

    private static TreeSet<String> goldenParts(Path docx, Path folder) throws IOException {
        TreeSet<String> parts = new TreeSet<>();
        if (Files.isDirectory(docx)) {
            try (Stream<Path> files = Files.walk(docx)) {
                files.filter(Files::isRegularFile).forEach(f -> parts.add(folder.relativize(f).toString()));
            }
        }
        return parts;
    }
}
