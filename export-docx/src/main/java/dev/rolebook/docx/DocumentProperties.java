package dev.rolebook.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The XHTML head's title, author, subject and keywords as the document's core properties. */
final class DocumentProperties {
    private DocumentProperties() {}

    static void apply(XWPFDocument document, Document xhtml, Instant created, String identifier) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Element head = (Element) xhtml.getElementsByTagNameNS(DocxExporter.XHTML, "head").item(0);
        Element title = head == null ? null : child(head, "title", null);
        core.setTitle(title == null ? null : title.getTextContent().strip());
        core.setCreator(meta(head, "author"));
        core.setSubjectProperty(meta(head, "subject"));
        core.setKeywords(meta(head, "keywords"));
        core.setLastModifiedByUser("rolebook");
        core.setCreated(Optional.of(Date.from(created)));
        core.setModified(Optional.of(Date.from(created)));
        if (identifier != null) {
            core.setIdentifier(identifier);
        }
        // Which text of the role the document is, in the core property made for a version.
        String role = meta(head, "role-version");
        if (role != null) {
            String catalog = meta(head, "catalog-version");
            core.getUnderlyingProperties().setVersionProperty(role + (catalog == null ? "" : " (catalog " + catalog + ")"));
        }
    }

    /** The identifier core property of a whole .docx file, if it has one; empty if the file is not a readable package. */
    static Optional<String> identifier(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return pkg.getPackageProperties().getIdentifierProperty();
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String meta(Element head, String name) {
        Element meta = head == null ? null : child(head, "meta", name);
        return meta == null ? null : meta.getAttribute("content");
    }

    /**
     * The head's first {@code localName} child (with that {@code name} attribute, if given). Only
     * the head's children are looked at: they are where title and meta belong, and searching the
     * whole document for them walked every node of the body four times.
     */
    private static Element child(Element head, String localName, String name) {
        for (Node node = head.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && DocxExporter.XHTML.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(localName)
                    && (name == null || element.getAttribute("name").equals(name))) {
                return element;
            }
        }
        return null;
    }
}
