package dev.rolebook.templates.html;

import dev.rolebook.templates.XhtmlDocument;
import dev.rolebook.templates.XhtmlParser;
import dev.rolebook.templates.export.ExportException;
import dev.rolebook.templates.export.ExportOptions;
import dev.rolebook.templates.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code html} format: the XHTML document itself, made self-contained so a browser makes no
 * request for it: stylesheets are inlined, images and files that stylesheets name become
 * {@code data:} URIs, and anything that would be fetched from elsewhere is refused.
 */
public final class HtmlExporter implements Exporter {
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void export(XhtmlDocument xhtml, ExportOptions options, OutputStream out) throws IOException {
        Document document = XhtmlParser.parse(xhtml);
        Inliner inliner = new Inliner(xhtml.resources());
        inlineStylesheets(document, inliner);
        inlineImages(document, inliner);
        addViewport(document);
        if (!inliner.problems().isEmpty()) {
            throw new ExportException(xhtml.name() + ": " + String.join("; ", inliner.problems()));
        }
        out.write(Html5Writer.write(document).getBytes(StandardCharsets.UTF_8));
    }

    private static void inlineStylesheets(Document document, Inliner inliner) {
        // The template's own <style> elements first: the ones made from links below are done.
        for (Element style : elements(document, "style")) {
            style.setTextContent(inliner.cssUrls(style.getTextContent()));
        }
        for (Element link : elements(document, "link")) {
            if (!"stylesheet".equalsIgnoreCase(link.getAttribute("rel"))) {
                continue;
            }
            // A stylesheet for print only lays out pages (running heads, margin boxes): this page is for screens.
            if ("print".equalsIgnoreCase(link.getAttribute("media").strip())) {
                link.getParentNode().removeChild(link);
                continue;
            }
            String css = inliner.stylesheet(link.getAttribute("href"));
            Element style = document.createElementNS(XHTML, "style");
            style.setTextContent(css == null ? "" : css);
            link.getParentNode().replaceChild(style, link);
        }
    }

    private static void inlineImages(Document document, Inliner inliner) {
        for (Element image : elements(document, "img")) {
            String src = inliner.dataUri(image.getAttribute("src"));
            if (src != null) {
                image.setAttribute("src", src);
            }
        }
    }

    private static void addViewport(Document document) {
        Element head = elements(document, "head").stream().findFirst().orElse(null);
        if (head != null) {
            Element viewport = document.createElementNS(XHTML, "meta");
            viewport.setAttribute("name", "viewport");
            viewport.setAttribute("content", "width=device-width, initial-scale=1");
            head.insertBefore(viewport, head.getFirstChild());
        }
    }

    static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(XHTML, name);
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
