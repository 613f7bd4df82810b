package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every XML part of every DOCX of the matrix is valid against the ECMA-376 Transitional schemas
 * (POI's full XMLBeans types), and the package holds together: each part has a content type, each
 * relationship reaches a part, ids are unique where Word requires them to be.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DocxSchemaTest {
    private static final SchemaTypeSystem OOXML = TypeSystemHolder.typeSystem;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Parts whose schemas POI does not carry; {@link #packageHoldsTogether} checks them instead. */
    private static final Set<String> NO_SCHEMA_HERE = Set.of("[Content_Types].xml", "docProps/core.xml");

    @Test
    void everyXmlPartIsSchemaValid() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> inherited = new ArrayList<>();
        int files = 0;
        int parts = 0;
        for (Matrix.Output output : Matrix.outputs("docx")) {
            files++;
            DocxPackage docx = DocxPackage.read(output.file());
            DocxPackage reference = reference(output);
            for (String part : docx.parts().keySet()) {
                if (!docx.isXml(part) || NO_SCHEMA_HERE.contains(part)) {
                    continue;
                }
                if (part.matches("customXml/item\\d+\\.xml")) {
                    // A custom XML data part holds the document's own data, in any vocabulary
                    // (ECMA-376 Part 1, 15.2.5): well-formed is all a schema of the standard can ask.
                    // Its properties part (itemProps) is validated as any other.
                    docx.dom(part);
                    continue;
                }
                parts++;
                List<String> found = validate(docx, part);
                if (!found.isEmpty() && reference != null && reference.parts().containsKey(part)
                        && !validate(reference, part).isEmpty()) {
                    // The user's reference brought this part in already invalid (pandoc's own
                    // reference.docx orders settings and style elements as the schema does not; Word
                    // takes it): rolebook keeps a user's parts as they are, and does not answer for them.
                    inherited.add(output + " " + part);
                    continue;
                }
                for (String problem : found) {
                    problems.add(output + " " + part + ": " + problem);
                }
            }
        }
        System.out.printf("DOCX schema validation: %d parts of %d files; invalid as the reference brought them: %s%n",
                parts, files, inherited);
        assertThat(files).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void packageHoldsTogether() throws Exception {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Matrix.Output output : Matrix.outputs("docx")) {
            files++;
            DocxPackage docx = DocxPackage.read(output.file());
            problems.addAll(contentTypes(docx).stream().map(p -> output + ": " + p).toList());
            problems.addAll(relationships(docx).stream().map(p -> output + ": " + p).toList());
            problems.addAll(uniqueIds(docx).stream().map(p -> output + ": " + p).toList());
        }
        System.out.printf("DOCX package consistency: %d files%n", files);
        assertThat(problems).isEmpty();
    }

    /** The reference document the output was made with, or null. */
    private static DocxPackage reference(Matrix.Output output) throws IOException {
        List<String> args = output.from().args();
        int at = args.indexOf("--reference-doc");
        return at < 0 ? null : DocxPackage.read(Path.of(args.get(at + 1)));
    }

    static List<String> validate(DocxPackage docx, String part) throws IOException {
        Document dom = docx.dom(part);
        MarkupCompatibility.process(dom);
        Element root = dom.getDocumentElement();
        SchemaType type = OOXML.findDocumentType(new QName(root.getNamespaceURI(), root.getLocalName()));
        if (type == null) {
            return List.of("no ECMA-376 schema has the root element {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions().setErrorListener(errors).setLoadLineNumbers();
        try {
            XmlObject parsed = OOXML.parse(new ByteArrayInputStream(serialize(dom)), type, options);
            parsed.validate(options);
        } catch (XmlException e) {
            return List.of(e.getMessage());
        }
        return errors.stream().map(e -> "line " + e.getLine() + ": " + e.getMessage()).distinct().toList();
    }

    private static byte[] serialize(Document dom) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(dom), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException(e);
        }
    }

    private static List<String> contentTypes(DocxPackage docx) throws IOException {
        List<String> problems = new ArrayList<>();
        Document types = docx.dom("[Content_Types].xml");
        Set<String> extensions = new HashSet<>();
        NodeList defaults = types.getElementsByTagNameNS(CONTENT_TYPES, "Default");
        for (int i = 0; i < defaults.getLength(); i++) {
            extensions.add(((Element) defaults.item(i)).getAttribute("Extension").toLowerCase());
        }
        Set<String> overridden = new HashSet<>();
        NodeList overrides = types.getElementsByTagNameNS(CONTENT_TYPES, "Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            String name = ((Element) overrides.item(i)).getAttribute("PartName");
            if (!overridden.add(name)) {
                problems.add("[Content_Types].xml names " + name + " twice");
            }
            if (!docx.parts().containsKey(name.substring(1))) {
                problems.add("[Content_Types].xml names " + name + ", which the package does not hold");
            }
        }
        for (String part : docx.parts().keySet()) {
            String extension = part.substring(part.lastIndexOf('.') + 1).toLowerCase();
            if (!part.equals("[Content_Types].xml") && !overridden.contains("/" + part) && !extensions.contains(extension)) {
                problems.add(part + " has no content type");
            }
        }
        return problems;
    }

    private static List<String> relationships(DocxPackage docx) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!docx.parts().containsKey("_rels/.rels")) {
            return List.of("no package relationships (_rels/.rels)");
        }
        for (String part : docx.parts().keySet()) {
            if (!part.endsWith(".rels")) {
                continue;
            }
            String folder = part.substring(0, part.indexOf("_rels/"));
            Set<String> ids = new HashSet<>();
            NodeList list = docx.dom(part).getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
            for (int i = 0; i < list.getLength(); i++) {
                Element relationship = (Element) list.item(i);
                if (!ids.add(relationship.getAttribute("Id"))) {
                    problems.add(part + ": relationship id " + relationship.getAttribute("Id") + " is used twice");
                }
                if ("External".equals(relationship.getAttribute("TargetMode"))) {
                    continue;
                }
                String target = relationship.getAttribute("Target");
                String resolved = target.startsWith("/") ? target.substring(1) : normalize(folder + target);
                if (!docx.parts().containsKey(resolved)) {
                    problems.add(part + ": relationship " + relationship.getAttribute("Id") + " reaches " + resolved
                            + ", which the package does not hold");
                }
            }
        }
        return problems;
    }

    private static String normalize(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Bookmark ids within the document, drawing ids across the document and its headers and footers. */
    private static List<String> uniqueIds(DocxPackage docx) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> drawings = new HashMap<>();
        for (String part : docx.parts().keySet()) {
            if (!part.startsWith("word/") || !part.endsWith(".xml") || !docx.parts().containsKey(part)) {
                continue;
            }
            Document dom = docx.dom(part);
            Set<String> bookmarks = new HashSet<>();
            NodeList starts = dom.getElementsByTagNameNS(W, "bookmarkStart");
            for (int i = 0; i < starts.getLength(); i++) {
                String id = ((Element) starts.item(i)).getAttributeNS(W, "id");
                if (!bookmarks.add(id)) {
                    problems.add(part + ": bookmark id " + id + " is used twice");
                }
            }
            NodeList pictures = dom.getElementsByTagNameNS(WP, "docPr");
            for (int i = 0; i < pictures.getLength(); i++) {
                String id = ((Element) pictures.item(i)).getAttribute("id");
                String before = drawings.put(id, part);
                if (before != null) {
                    problems.add(part + ": drawing id " + id + " is also used in " + before);
                }
            }
        }
        return problems;
    }
}
