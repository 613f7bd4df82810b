package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import dev.rolebook.testing.PdfText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A test's folder for running the command on hostile input: the files the test writes, the
 * {@code --out} folder, and the promises every run keeps whatever the input — nothing written
 * outside {@code --out}, no half-written file, nothing at all when the input is refused, and no
 * stack trace.
 */
final class Sandbox {
    final Path root;
    final Path out;
    private final Set<Path> inputs = new HashSet<>();

    Sandbox(Path root) {
        this.root = root;
        this.out = root.resolve("out");
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        inputs.add(file);
        return file;
    }

    /** Runs {@code rolebook export ARGS --out OUT} and checks the promises. */
    Run export(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        Run run = Run.of(all.toArray(String[]::new));
        assertThat(run.err()).as(run.toString()).doesNotContain("Exception", "\tat ");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                assertThat(inputs.contains(file) || file.startsWith(out))
                        .as("%s was written outside --out", root.relativize(file)).isTrue();
            }
        }
        for (Path output : outputs()) {
            assertWhole(output);
        }
        if (run.exitCode() == ExitCodes.BAD_INPUT) {
            assertThat(outputs()).as("refused input writes nothing").isEmpty();
        }
        return run;
    }

    /** Every file under {@code --out}. */
    List<Path> outputs() throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    Path output(String suffix) throws IOException {
        List<Path> outputs = outputs();
        return outputs.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no output ending " + suffix + " in " + outputs));
    }

    /** A document opens in the library that reads its format, and ends where its format ends. */
    private static void assertWhole(Path file) throws IOException {
        String name = file.getFileName().toString();
        assertThat(name).as("a temporary file was left behind").doesNotEndWith(".part");
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".pdf")) {
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1).strip()).as(name).startsWith("%PDF-").endsWith("%%EOF");
            assertThat(new PdfReader(bytes).getNumberOfPages()).as(name).isPositive();
        } else if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
                assertThat(document.getBodyElements()).as(name).isNotEmpty();
            }
        } else if (name.endsWith(".html")) {
            assertThat(new String(bytes, StandardCharsets.UTF_8).strip()).as(name).startsWith("<!DOCTYPE html>").endsWith("</html>");
        } else {
            throw new AssertionError("unexpected output " + name);
        }
    }

    /** The text a reader sees: poppler's for a PDF (running header and footer left out), POI's for a DOCX, a browser's for HTML. */
    static String text(Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            // pdftotext wraps each right-to-left run it meets (a direction mark counts as one) in
            // an embedding U+202B ... U+202C of its own; those are not the document's.
            return PdfText.body(file).replaceAll("\u202B(.*?)\u202C", "$1");
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
                    XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                return extractor.getText();
            }
        }
        String html = Files.readString(file);
        String visible = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
        return StringEscapeUtils.unescapeHtml4(visible);
    }
}
