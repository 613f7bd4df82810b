package dev.rolebook.xhtml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Parses the XHTML that templates produce into a DOM, for exporters. Templates are semi-trusted, so
 * the parser resolves no external entity and loads no DTD: a template cannot make an exporter read
 * a file by way of XML.
 */
public final class XhtmlParser {
    private static final DocumentBuilderFactory FACTORY = factory();
    /** A factory is not safe to share between threads; a builder per thread is, and saves making one per document. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XhtmlParser::newBuilder);

    private XhtmlParser() {}

    /** The document's DOM; a template that made malformed XHTML gets its line and column named. */
    public static Document parse(XhtmlDocument document) {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        builder.setErrorHandler(null);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new IOException("external entity '" + systemId + "' refused");
        });
        try {
            return builder.parse(new InputSource(new StringReader(document.xhtml())));
        } catch (SAXParseException e) {
            throw new ContractException(String.format("%s: the template made malformed XHTML at line %d, column %d: %s",
                    document.name(), e.getLineNumber(), e.getColumnNumber(), e.getMessage()), e);
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new ContractException(document.name() + ": the XHTML cannot be read: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
        }
        try {
            // Exporters visit every node, so building them as the parser goes is cheaper than
            // Xerces' default of recording the document first and making nodes when first asked.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            // Only a matter of speed: a parser without this feature serves as well.
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
