package dev.rolebook.docx;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Making DOCX files in tests and reading them back with POI. */
final class Docx {
    static final DocxExporter EXPORTER = new DocxExporter();
    static final ExportOptions OPTIONS = new ExportOptions(false, Instant.parse("2026-11-27T10:00:00Z"), null, false);

    private Docx() {}

    static RenderOptions options(DocumentKind kind, String role) {
        RenderOptions options = RenderOptions.of(kind).withDate(LocalDate.of(2026, 11, 27));
        return role == null ? options : options.withRole(role);
    }

    static XhtmlDocument xhtml(Catalog catalog, DocumentKind kind, String role) {
        return Renderer.builtIn().render(catalog, options(kind, role)).document();
    }

    static byte[] export(XhtmlDocument document, ExportOptions options) {
        return export(EXPORTER, document, options);
    }

    /** With an exporter of the test's own, whose caches start empty. */
    static byte[] export(DocxExporter exporter, XhtmlDocument document, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(document, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Every paragraph of the body, table cells included, in document order. */
    static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> paragraphs.addAll(cell.getParagraphs())));
            }
        }
        return paragraphs;
    }

    /** The Word style name of a paragraph, or "" for the default. */
    static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        return paragraph.getStyleID() == null ? "" : document.getStyles().getStyle(paragraph.getStyleID()).getName();
    }
}
