package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import dev.rolebook.xhtml.export.Exporters;
import dev.rolebook.testing.Catalogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** With a fixed time (SOURCE_DATE_EPOCH or --reproducible), the same inputs give the same bytes, in every kind and format. */
class ReproducibleOutputTest {
    private static final Instant EPOCH = Instant.ofEpochSecond(1_780_000_000L);

    static Stream<Arguments> outputs() {
        return DocumentKind.ofCatalog().stream().flatMap(kind -> Stream.of("pdf", "docx", "html")
                .map(format -> Arguments.of(kind, format)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outputs")
    void twoRunsGiveIdenticalBytes(DocumentKind kind, String format) throws Exception {
        byte[] first = export(kind, format);
        Thread.sleep(1100);
        byte[] second = export(kind, format);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "PDF/A {0}")
    @org.junit.jupiter.params.provider.EnumSource(value = DocumentKind.class, names = {"HANDBOOK", "POSTING", "SHEET"})
    void archivedPdfsToo(DocumentKind kind) throws Exception {
        byte[] first = export(kind, "pdf", true);
        Thread.sleep(1100);
        assertThat(export(kind, "pdf", true)).isEqualTo(first);
    }

    private static byte[] export(DocumentKind kind, String format) throws Exception {
        return export(kind, format, false);
    }

    private static byte[] export(DocumentKind kind, String format, boolean pdfa) throws Exception {
        RenderOptions options = RenderOptions.of(kind).withDate(LocalDate.ofInstant(EPOCH, java.time.ZoneOffset.UTC));
        if (kind != DocumentKind.HANDBOOK) {
            options = options.withRole("sales-consultant");
        }
        XhtmlDocument document = Renderer.builtIn().render(Catalogs.bundled("hy"), options).document();
        Exporter exporter = Exporters.forFormat(format).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(document, ExportOptions.defaults().withTimestamp(EPOCH).withPdfa(pdfa && format.equals("pdf")), out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "--reproducible, {0}")
    @org.junit.jupiter.params.provider.EnumSource(value = DocumentKind.class, names = {"HANDBOOK", "POSTING", "SHEET"})
    void theCommandGivesTheSameBytesWithReproducible(DocumentKind kind, @TempDir Path root) throws Exception {
        Path catalog = Files.copy(Path.of(getClass().getResource("/catalogs/tiny.yaml").toURI()), root.resolve("roles.yaml"));
        Files.setLastModifiedTime(catalog, FileTime.from(Instant.parse("2026-03-08T09:30:00Z")));
        Map<String, byte[]> first = exportWithTheCommand(kind, catalog, root.resolve("first"));
        Thread.sleep(1100);
        Map<String, byte[]> second = exportWithTheCommand(kind, catalog, root.resolve("second"));

        assertThat(first).hasSize(3);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        String pdf = new String(first.get(first.keySet().stream().filter(n -> n.endsWith(".pdf")).findFirst().orElseThrow()),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdf).as("dated when the catalog changed").contains("/CreationDate(D:20260308093000");
    }

    @org.junit.jupiter.api.Test
    void sourceDateEpochFixesTheTimeAndMustBeSeconds() {
        assertThat(Reproducible.choose("1780000000", false, () -> { throw new AssertionError("not asked"); }).instant())
                .isEqualTo(EPOCH);
        assertThat(Reproducible.choose(null, true, () -> Instant.parse("2026-03-08T09:30:00.123Z")).instant())
                .isEqualTo(Instant.parse("2026-03-08T09:30:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reproducible.choose("yesterday", false, Instant::now))
                .hasMessage("SOURCE_DATE_EPOCH must be whole seconds since 1970, not 'yesterday'");
        for (String outOfRange : List.of("-1", "253402300800", "9223372036854775807")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reproducible.choose(outOfRange, false, Instant::now))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("SOURCE_DATE_EPOCH must be seconds from 1970 to the end of 9999");
        }
    }

    private static Map<String, byte[]> exportWithTheCommand(DocumentKind kind, Path catalog, Path out) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--reproducible", "--quiet", "--catalog",
                catalog.toString(), "--kind", kind.name().toLowerCase(java.util.Locale.ROOT), "--out", out.toString(),
                "--format", "pdf", "--format", "docx", "--format", "html"));
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> written = Files.list(out)) {
            for (Path file : written.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
