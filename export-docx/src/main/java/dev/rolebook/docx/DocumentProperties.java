package dev.rolebook.docx;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XHTML head's title, author, subject and keywords as the document's core properties. */
final class DocumentProperties {
    private DocumentProperties() {}

    static void apply(XWPFDocument document, Document xhtml, Instant created) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        NodeList titles = xhtml.getElementsByTagNameNS(DocxExporter.XHTML, "title");
        core.setTitle(titles.getLength() == 0 ? null : titles.item(0).getTextContent().strip());
        core.setCreator(meta(xhtml, "author"));
        core.setSubjectProperty(meta(xhtml, "subject"));
        core.setKeywords(meta(xhtml, "keywords"));
        core.setLastModifiedByUser("rolebook");
        core.setCreated(Optional.of(Date.from(created)));
        core.setModified(Optional.of(Date.from(created)));
    }

    private static String meta(Document xhtml, String name) {
        NodeList metas = xhtml.getElementsByTagNameNS(DocxExporter.XHTML, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equals(name)) {
                return meta.getAttribute("content");
            }
        }
        return null;
    }
}
