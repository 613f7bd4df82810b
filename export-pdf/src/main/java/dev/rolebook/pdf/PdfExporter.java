package dev.rolebook.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfReader;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The {@code pdf} format: Flying Saucer lays the XHTML out with the template folder's CSS and
 * fonts, OpenPDF writes it. Fonts are parsed once per template folder and shared, stylesheets
 * once per template folder and thread ({@link ParsedStylesheets}); everything else is made per
 * document, so documents can be exported in parallel.
 */
public final class PdfExporter implements Exporter {
    /** Characters a missing-font message names; a text in a script no font has would name thousands. */
    private static final int SHOWN = 10;
    private final Map<TemplateResources, FontSet> fonts = new ConcurrentHashMap<>();
    private final Map<TemplateResources, ParsedStylesheets> stylesheets = new ConcurrentHashMap<>();

    @Override
    public String format() {
        return "pdf";
    }

    /** Options that cannot go together are refused here, before anything is rendered. */
    @Override
    public void prepare(ExportOptions options) {
        if (options.pdfa() && options.booklet()) {
            throw new ExportException("a booklet cannot be PDF/A (imposition makes a new file); leave out --booklet or --pdfa");
        }
    }

    @Override
    public void export(XhtmlDocument xhtml, ExportOptions options, OutputStream out) throws IOException {
        prepare(options);
        FontSet fontSet = fonts.computeIfAbsent(xhtml.resources(), FontSet::load);
        Document document = XhtmlParser.parse(xhtml);
        List<String> missing = FontRuns.apply(document, fontSet);
        if (!missing.isEmpty()) {
            String listed = missing.size() <= SHOWN ? String.join("; ", missing)
                    : String.join("; ", missing.subList(0, SHOWN)) + "; and " + (missing.size() - SHOWN) + " more characters";
            throw new ExportException(xhtml.name() + ": no font of the template folder can draw "
                    + listed + ". Add a font that has "
                    + (missing.size() == 1 ? "it" : "them") + " to fonts/ and fonts/fonts.properties, or remove "
                    + (missing.size() == 1 ? "it" : "them") + " from the catalog");
        }
        Outline.add(document);
        ParsedStylesheets parsed = stylesheets.computeIfAbsent(xhtml.resources(), r -> new ParsedStylesheets());
        boolean written = false;
        try {
            byte[] bytes = render(document, xhtml.name(), xhtml.resources(), options, fontSet, parsed);
            out.write(StableBytes.apply(options.booklet() ? BookletImposer.impose(bytes) : bytes));
            written = true;
        } finally {
            if (!written) {
                parsed.forget();
            }
        }
    }

    private static byte[] render(Document document, String name, TemplateResources resources, ExportOptions options,
            FontSet fontSet, ParsedStylesheets parsed) {
        ITextOutputDevice device = new TaggedOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        SandboxUserAgent agent = new SandboxUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, resources, options.pdfa());
        ITextFontResolver fontResolver = fontSet.resolverForThisThread();
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, fontResolver);
        renderer.getSharedContext().setCss(parsed.forDocument(agent));
        String record = dev.rolebook.xhtml.Vocabulary.roleRecord(document);
        renderer.setListener(new DocumentInfo(document, options.timestamp(), options.pdfa(), options.identifier(), record));
        // PDF 1.7: a tagged file's pages say their tab order follows the structure (/Tabs, PDF 1.5),
        // and PDF/A-2 and 3 are PDF 1.7 files.
        renderer.setPDFVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_7);
        renderer.setDocument(document, SandboxUserAgent.BASE);
        renderer.layout();
        EmptyPages.apply(renderer);
        if (!agent.problems().isEmpty()) {
            throw new ExportException(name + ": " + String.join("; ", agent.problems()));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.createPDF(pdf);
        } catch (DocumentException e) {
            throw new ExportException(name + ": the PDF cannot be written: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    @Override
    public Optional<String> identifier(Path file) throws IOException {
        return DocumentInfo.identifier(file);
    }

    @Override
    public Optional<String> record(Path file) throws IOException {
        return RecordAttachment.read(file);
    }

    @Override
    public Set<String> options() {
        return Set.of("booklet", "pdfa");
    }

    @Override
    public OptionalInt pages(Path file) throws IOException {
        try (PdfReader reader = new PdfReader(file.toString())) {
            return OptionalInt.of(reader.getNumberOfPages());
        }
    }

    @Override
    public boolean merges() {
        return true;
    }

    @Override
    public void merge(List<Path> files, String title, ExportOptions options, OutputStream out) throws IOException {
        PdfMerger.merge(files, title, options.pdfa(), out);
    }
}
