package dev.rolebook.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * The two parts of a package's own bookkeeping: the content type of every part, and a part's
 * relationships, written the way POI writes them.
 */
final class OpcXml {
    /** StAX does not promise that a factory may be shared between threads; one each costs little. */
    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newFactory);
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Extensions given a default content type, so their parts need no entry of their own. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "rels", ContentTypes.RELATIONSHIPS_PART, "xml", ContentTypes.PLAIN_OLD_XML,
            "png", ContentTypes.IMAGE_PNG, "jpeg", ContentTypes.IMAGE_JPEG, "gif", ContentTypes.IMAGE_GIF);

    private OpcXml() {}

    /** {@code [Content_Types].xml} for parts of the given names (with their leading slash) and types. */
    static void contentTypes(Map<String, String> parts, OutputStream out) throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("rels", DEFAULTS.get("rels"));
        defaults.put("xml", DEFAULTS.get("xml"));
        Map<String, String> overrides = new LinkedHashMap<>();
        parts.forEach((name, type) -> {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (type.equals(DEFAULTS.get(extension))) {
                defaults.put(extension, type);
            } else {
                overrides.put(name, type);
            }
        });
        try {
            XMLStreamWriter xml = start(out, TYPES, "Types");
            for (Map.Entry<String, String> entry : defaults.entrySet()) {
                xml.writeEmptyElement("Default");
                xml.writeAttribute("Extension", entry.getKey());
                xml.writeAttribute("ContentType", entry.getValue());
            }
            for (Map.Entry<String, String> entry : overrides.entrySet()) {
                xml.writeEmptyElement("Override");
                xml.writeAttribute("PartName", entry.getKey());
                xml.writeAttribute("ContentType", entry.getValue());
            }
            end(xml);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The relationships part of {@code part}; internal targets relative to the part, as POI writes them. */
    static void relationships(PackagePart part, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = start(out, RELATIONSHIPS, "Relationships");
            for (PackageRelationship relationship : part.getRelationships()) {
                xml.writeEmptyElement("Relationship");
                xml.writeAttribute("Id", relationship.getId());
                xml.writeAttribute("Type", relationship.getRelationshipType());
                if (relationship.getTargetMode() == TargetMode.EXTERNAL) {
                    xml.writeAttribute("Target", relationship.getTargetURI().toString());
                    xml.writeAttribute("TargetMode", "External");
                } else {
                    xml.writeAttribute("Target", PackagingURIHelper.relativizeURI(
                            part.getPartName().getURI(), relationship.getTargetURI(), true).toString());
                }
            }
            end(xml);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return FACTORY.get().createXMLStreamWriter(out, "UTF-8");
    }

    private static XMLStreamWriter start(OutputStream out, String namespace, String root) throws XMLStreamException {
        XMLStreamWriter xml = writer(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(namespace);
        return xml;
    }

    static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }
}
