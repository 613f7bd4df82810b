package dev.rolebook.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/** The core properties part ({@code docProps/core.xml}), written with the elements and dates POI writes. */
final class CoreProperties {
    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private CoreProperties() {}

    /** The reference's properties a document keeps; the rest come from the document's XHTML head. */
    record Kept(Optional<String> category, Optional<String> contentStatus, Optional<String> contentType,
            Optional<String> description, Optional<String> identifier, Optional<String> language,
            Optional<Date> lastPrinted, Optional<String> revision, Optional<String> version) {
        static Kept of(PackageProperties reference) {
            return new Kept(reference.getCategoryProperty(), reference.getContentStatusProperty(),
                    reference.getContentTypeProperty(), reference.getDescriptionProperty(),
                    reference.getIdentifierProperty(), reference.getLanguageProperty(),
                    reference.getLastPrintedProperty(), reference.getRevisionProperty(), reference.getVersionProperty());
        }

        void applyTo(PackageProperties document) {
            document.setCategoryProperty(category);
            document.setContentStatusProperty(contentStatus);
            document.setContentTypeProperty(contentType);
            document.setDescriptionProperty(description);
            document.setIdentifierProperty(identifier);
            document.setLanguageProperty(language);
            document.setLastPrintedProperty(lastPrinted);
            document.setRevisionProperty(revision);
            document.setVersionProperty(version);
        }
    }

    static void write(PackageProperties properties, OutputStream out) throws IOException {
        PackagePropertiesPart part = (PackagePropertiesPart) properties;
        try {
            XMLStreamWriter xml = OpcXml.writer(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("cp", "coreProperties", CP);
            xml.writeNamespace("cp", CP);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("dcterms", DCTERMS);
            xml.writeNamespace("xsi", XSI);
            text(xml, "cp", CP, "category", part.getCategoryProperty());
            text(xml, "cp", CP, "contentStatus", part.getContentStatusProperty());
            text(xml, "cp", CP, "contentType", part.getContentTypeProperty());
            date(xml, "created", part.getCreatedProperty().map(d -> part.getCreatedPropertyString()));
            text(xml, "dc", DC, "creator", part.getCreatorProperty());
            text(xml, "dc", DC, "description", part.getDescriptionProperty());
            text(xml, "dc", DC, "identifier", part.getIdentifierProperty());
            text(xml, "cp", CP, "keywords", part.getKeywordsProperty());
            text(xml, "dc", DC, "language", part.getLanguageProperty());
            text(xml, "cp", CP, "lastModifiedBy", part.getLastModifiedByProperty());
            text(xml, "cp", CP, "lastPrinted", part.getLastPrintedProperty().map(d -> part.getLastPrintedPropertyString()));
            date(xml, "modified", part.getModifiedProperty().map(d -> part.getModifiedPropertyString()));
            text(xml, "cp", CP, "revision", part.getRevisionProperty());
            text(xml, "dc", DC, "subject", part.getSubjectProperty());
            text(xml, "dc", DC, "title", part.getTitleProperty());
            text(xml, "cp", CP, "version", part.getVersionProperty());
            OpcXml.end(xml);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void text(XMLStreamWriter xml, String prefix, String namespace, String name, Optional<String> value)
            throws XMLStreamException {
        if (value.isPresent()) {
            xml.writeStartElement(prefix, name, namespace);
            xml.writeCharacters(value.get());
            xml.writeEndElement();
        }
    }

    private static void date(XMLStreamWriter xml, String name, Optional<String> value) throws XMLStreamException {
        if (value.isPresent()) {
            xml.writeStartElement("dcterms", name, DCTERMS);
            xml.writeAttribute("xsi", XSI, "type", "dcterms:W3CDTF");
            xml.writeCharacters(value.get());
            xml.writeEndElement();
        }
    }
}
