package dev.rolebook.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;

/**
 * A role sheet's record of its role, carried in the DOCX as a custom XML part, the place Word
 * keeps data that belongs to a document (it keeps such parts when the file is edited and saved):
 * {@code customXml/item1.xml} holds the record's JSON in one element of rolebook's namespace, with
 * the properties part that names that namespace.
 */
final class RecordPart {
    static final String NAMESPACE = "urn:rolebook:role-record:1";
    private static final String ELEMENT = "role-record";
    private static final String CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    private static final String CUSTOM_XML_PROPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
    private static final String PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

    /** Far beyond any role's record: a larger part is not one, and is not read whole. */
    private static final int MAX_PART = 16 * 1024 * 1024;

    private RecordPart() {}

    static void attach(XWPFDocument document, String json) throws IOException {
        try {
            PackagePartName itemName = PackagingURIHelper.createPartName("/customXml/item1.xml");
            PackagePartName propsName = PackagingURIHelper.createPartName("/customXml/itemProps1.xml");
            PackagePart item = document.getPackage().createPart(itemName, "application/xml");
            try (OutputStream out = item.getOutputStream()) {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + ELEMENT + " xmlns=\""
                        + NAMESPACE + "\">" + escape(json) + "</" + ELEMENT + ">").getBytes(StandardCharsets.UTF_8));
            }
            PackagePart props = document.getPackage().createPart(propsName, PROPS_TYPE);
            // The same record, the same id: the file stays reproducible.
            String id = UUID.nameUUIDFromBytes(json.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase();
            try (OutputStream out = props.getOutputStream()) {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<ds:datastoreItem ds:itemID=\"{"
                        + id + "}\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                        + "<ds:schemaRefs><ds:schemaRef ds:uri=\"" + NAMESPACE + "\"/></ds:schemaRefs></ds:datastoreItem>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            item.addRelationship(propsName, TargetMode.INTERNAL, CUSTOM_XML_PROPS, "rId1");
            document.getPackagePart().addRelationship(itemName, TargetMode.INTERNAL, CUSTOM_XML);
        } catch (InvalidFormatException e) {
            throw new IOException("the role's record cannot be added to the DOCX: " + e.getMessage(), e);
        }
    }

    /** The record a DOCX carries, or empty when it has none (or is not a DOCX). */
    static Optional<String> read(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().matches("customXml/item\\d+\\.xml") || entry.getSize() > MAX_PART) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    // The size a zip entry declares may be absent or false: read no more than a record can be.
                    byte[] bytes = in.readNBytes(MAX_PART + 1);
                    if (bytes.length > MAX_PART) {
                        continue;
                    }
                    Element root = parser().parse(new java.io.ByteArrayInputStream(bytes)).getDocumentElement();
                    if (ELEMENT.equals(root.getLocalName()) && NAMESPACE.equals(root.getNamespaceURI())) {
                        return Optional.of(root.getTextContent());
                    }
                } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
                    // Another program's part, or not XML: not the record.
                }
            }
            return Optional.empty();
        } catch (java.util.zip.ZipException e) {
            return Optional.empty();
        }
    }

    private static javax.xml.parsers.DocumentBuilder parser() throws javax.xml.parsers.ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
        // Without a handler of its own the JDK's parser prints each error ("[Fatal Error] ...") on
        // standard error; a part that is not the record is passed over without a word.
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return builder;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
