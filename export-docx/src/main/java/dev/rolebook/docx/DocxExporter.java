package dev.rolebook.docx;

import dev.rolebook.xhtml.Vocabulary;
import dev.rolebook.xhtml.PageSize;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code docx} format: a copy of the reference document with its body replaced by the XHTML
 * document mapped onto Word structure. Reference documents are read once and made ready once per
 * language ({@link PreparedReference}); each export works on its own copy, so documents can be
 * exported in parallel.
 */
public final class DocxExporter implements Exporter {
    static final String XHTML = Vocabulary.XHTML;
    /**
     * rolebook's own styles, from which styles a user's reference lacks are copied. Parsed on
     * first use, not when the format is registered: a PDF export should not pay for POI.
     */
    private static final class DefaultStyles {
        static final XWPFStyles STYLES = ReferenceDocument.rolebooks().open().getStyles();
    }

    private final Map<Path, ReferenceDocument> references = new ConcurrentHashMap<>();

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void prepare(ExportOptions options) {
        // The styles too, so that a reference rolebook cannot use stops the run before any file
        // (a bad input, exit 2) rather than failing each document in turn.
        reference(options).prepared("", DefaultStyles.STYLES);
    }

    @Override
    public void export(XhtmlDocument xhtml, ExportOptions options, OutputStream out) throws IOException {
        Document dom = XhtmlParser.parse(xhtml);
        String language = dom.getDocumentElement().getAttribute("lang");
        export(xhtml, dom, reference(options).prepared(language, DefaultStyles.STYLES), EmbeddedFonts.of(xhtml.resources()),
                PageSetup.chosen(dom, options), options.timestamp(), options.identifier(), out);
    }

    @Override
    public Set<String> options() {
        return Set.of("referenceDocx");
    }

    @Override
    public Optional<String> record(Path file) throws IOException {
        return RecordPart.read(file);
    }

    @Override
    public Optional<String> identifier(Path file) {
        return DocumentProperties.identifier(file);
    }

    /**
     * Exports with a given prepared reference (tests compare the ways documents are made with it);
     * {@code fonts} null embeds none; {@code paper} empty keeps the reference's page size.
     */
    static void export(XhtmlDocument xhtml, Document dom, PreparedReference reference, EmbeddedFonts fonts,
            Optional<PageSize> paper, Instant time, String identifier, OutputStream out) throws IOException {
        try (XWPFDocument document = reference.open()) {
            paper.ifPresent(size -> PageSetup.apply(document, size));
            DocxBuilder builder = new DocxBuilder(document, reference, xhtml.resources(), xhtml.name());
            Element body = (Element) dom.getElementsByTagNameNS(XHTML, "body").item(0);
            builder.blocks(body);
            HeaderFooter.apply(document, dom, builder, "handbook".equals(xhtml.kind()));
            DocumentProperties.apply(document, dom, time, identifier);
            String record = dev.rolebook.xhtml.Vocabulary.roleRecord(dom);
            if (record != null) {
                RecordPart.attach(document, record);
            }
            reference.write(document, builder.numbering(), fonts, builder.updatesFields(), time, out);
        }
    }

    static XWPFStyles defaultStyles() {
        return DefaultStyles.STYLES;
    }

    private ReferenceDocument reference(ExportOptions options) {
        return options.referenceDocx() == null
                ? ReferenceDocument.rolebooks()
                : references.computeIfAbsent(options.referenceDocx().toAbsolutePath().normalize(), ReferenceDocument::load);
    }
}
