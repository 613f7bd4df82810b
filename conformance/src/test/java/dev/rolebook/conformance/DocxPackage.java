package dev.rolebook.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** A DOCX file's parts, read straight from the zip (not through POI, which repairs as it reads). */
record DocxPackage(Path file, Map<String, byte[]> parts) {

    static DocxPackage read(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    if (parts.put(entry.getName(), zip.readAllBytes()) != null) {
                        throw new IOException(file + ": the zip holds " + entry.getName() + " twice");
                    }
                }
            }
        }
        return new DocxPackage(file, parts);
    }

    boolean isXml(String part) {
        return part.endsWith(".xml") || part.endsWith(".rels");
    }

    Document dom(String part) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(parts.get(part)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file.getFileName() + ": " + part + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
