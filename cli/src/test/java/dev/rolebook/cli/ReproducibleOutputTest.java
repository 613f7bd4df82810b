package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.templates.XhtmlDocument;
import dev.rolebook.templates.export.ExportOptions;
import dev.rolebook.templates.export.Exporter;
import dev.rolebook.templates.export.Exporters;
import dev.rolebook.testing.Catalogs;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** With a fixed time (SOURCE_DATE_EPOCH), the same inputs give the same bytes, in every kind and format. */
class ReproducibleOutputTest {
    private static final Instant EPOCH = Instant.ofEpochSecond(1_780_000_000L);

    static Stream<Arguments> outputs() {
        return Stream.of(DocumentKind.values()).flatMap(kind -> Stream.of("pdf", "docx", "html")
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
    @org.junit.jupiter.params.provider.EnumSource(DocumentKind.class)
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
}
