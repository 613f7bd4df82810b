package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import dev.rolebook.testing.Catalogs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Documents start blank and are zipped with the reference's parts by rolebook, not by POI. The
 * package must say what POI's would: the same parts with the same content, the same content
 * types, relationships, core properties and lists.
 */
class BlankDocumentTest {
    private static final Instant TIME = Instant.parse("2026-11-27T10:00:00Z");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    @TempDir
    Path folder;

    @Test
    void aBlankDocumentSaysWhatOneOpenedFromTheReferenceSays() throws IOException {
        ReferenceDocument reference = ReferenceDocument.rolebooks();
        for (String language : new String[] {"hy", "en"}) {
            for (DocumentKind kind : DocumentKind.ofCatalog()) {
                String role = kind == DocumentKind.HANDBOOK ? null : "account-manager";
                XhtmlDocument xhtml = Docx.xhtml(Catalogs.bundled(language), kind, role);
                assertSamePackage(xhtml, reference, language + " " + kind);
            }
        }
    }

    @Test
    void aUsersReferenceKeepsItsPictureListAndPropertiesBesideTheDocumentsOwn() throws Exception {
        byte[] referencePicture = png(1);
        byte[] documentPicture = png(2);
        Path file = folder.resolve("pictured.docx");
        try (XWPFDocument pictured = new XWPFDocument(ReferenceDocument.class.getResourceAsStream("reference.docx"));
                OutputStream out = Files.newOutputStream(file)) {
            pictured.getStyles().getStyleWithName("heading 1").getCTStyle().getRPr().getRFontsArray(0).setAscii("Acme Grotesk");
            pictured.createParagraph().createRun().addPicture(new ByteArrayInputStream(referencePicture),
                    Document.PICTURE_TYPE_PNG, "old.png", Units.toEMU(10), Units.toEMU(10));
            wordLikeRoot(pictured);
            BigInteger referenceList = pictured.getNumbering().addNum(BigInteger.ONE);
            pictured.createParagraph().setNumID(referenceList);
            pictured.getProperties().getCoreProperties().setDescription("Acme house style");
            pictured.getProperties().getCoreProperties().setCategory("Templates");
            pictured.write(out);
        }
        XhtmlDocument xhtml = new XhtmlDocument("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Pictured</title></head><body>
                <h1>Pictured</h1><p><img alt="new" src="data:image/png;base64,%s"/></p>
                <ul><li>one</li></ul><ol><li>two</li></ol></body></html>
                """.formatted(Base64.getEncoder().encodeToString(documentPicture)),
                TemplateResources.builtIn(), "posting", "pictured");
        ReferenceDocument reference = ReferenceDocument.load(file);

        byte[] docx = assertSamePackage(xhtml, reference, "a reference with a picture");

        assertThat(entries(docx).keySet()).contains("word/media/image1.png", "word/media/image2.png");
        assertThat(new String(entries(docx).get("word/document.xml"), StandardCharsets.UTF_8))
                .as("Word refuses a document that ignores a namespace it does not declare")
                .contains("mc:Ignorable=\"w14\"", "xmlns:w14=\"" + W14 + "\"");
        try (XWPFDocument read = Docx.read(docx)) {
            assertThat(read.getParagraphs().get(1).getRuns().get(0).getEmbeddedPictures()).singleElement()
                    .extracting(picture -> picture.getPictureData().getData()).isEqualTo(documentPicture);
            assertThat(read.getAllPictures()).extracting(XWPFPictureData::getData)
                    .containsExactlyInAnyOrder(referencePicture, documentPicture);
            assertThat(read.getStyles().getStyleWithName("heading 1").getCTStyle().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Acme Grotesk");
            assertThat(read.getProperties().getCoreProperties().getDescription()).isEqualTo("Acme house style");
            List<BigInteger> lists = read.getParagraphs().stream().map(XWPFParagraph::getNumID).filter(Objects::nonNull).toList();
            assertThat(lists).hasSize(2).doesNotHaveDuplicates().doesNotContain(BigInteger.ONE);
            assertThat(read.getNumbering().getNums()).extracting(num -> num.getCTNum().getNumId())
                    .doesNotHaveDuplicates().containsAll(lists).contains(BigInteger.ONE);
            assertThat(read.getProperties().getCoreProperties().getTitle()).isEqualTo("Pictured");
        }
    }

    @Test
    void aReferenceWithALetterheadKeepsItAndTheCoverGetsHeadersOfItsOwn() throws Exception {
        byte[] logo = png(3);
        Path file = folder.resolve("letterhead.docx");
        try (XWPFDocument letterhead = new XWPFDocument(ReferenceDocument.class.getResourceAsStream("reference.docx"));
                OutputStream out = Files.newOutputStream(file)) {
            letterhead.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().addPicture(
                    new ByteArrayInputStream(logo), Document.PICTURE_TYPE_PNG, "logo.png", Units.toEMU(30), Units.toEMU(10));
            letterhead.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Acme Ltd., Yerevan");
            letterhead.write(out);
        }
        ReferenceDocument reference = ReferenceDocument.load(file);

        for (DocumentKind kind : new DocumentKind[] {DocumentKind.HANDBOOK, DocumentKind.SHEET}) {
            String role = kind == DocumentKind.HANDBOOK ? null : "account-manager";
            byte[] docx = assertSamePackage(Docx.xhtml(Catalogs.bundled("en"), kind, role), reference, "letterhead " + kind);
            try (XWPFDocument read = Docx.read(docx)) {
                XWPFHeaderFooterPolicy policy = read.getHeaderFooterPolicy();
                assertThat(policy.getDefaultHeader().getAllPictures()).singleElement()
                        .extracting(XWPFPictureData::getData).isEqualTo(logo);
                assertThat(policy.getDefaultFooter().getText()).contains("Acme Ltd., Yerevan");
                if (kind == DocumentKind.HANDBOOK) {
                    assertThat(policy.getFirstPageHeader()).as("the cover's own, empty header").isNotNull();
                    assertThat(policy.getFirstPageHeader().getText()).isBlank();
                    assertThat(read.getHeaderList()).hasSize(2);
                }
            }
        }
    }

    /** Word marks the document element with the newer namespaces an older Word may ignore. */
    private static void wordLikeRoot(XWPFDocument document) {
        try (XmlCursor cursor = document.getDocument().newCursor()) {
            cursor.toNextToken();
            cursor.insertNamespace("mc", MC);
            cursor.insertNamespace("w14", W14);
            cursor.insertAttributeWithValue(new QName(MC, "Ignorable", "mc"), "w14");
        }
    }

    /** Exports both ways, checks the packages say the same, and returns the blank one. */
    private static byte[] assertSamePackage(XhtmlDocument xhtml, ReferenceDocument reference, String what) throws IOException {
        String language = XhtmlParser.parse(xhtml).getDocumentElement().getAttribute("lang");
        byte[] blank = export(xhtml, PreparedReference.of(reference, language, DocxExporter.defaultStyles(), true));
        byte[] opened = export(xhtml, PreparedReference.of(reference, language, DocxExporter.defaultStyles(), false));
        Map<String, byte[]> fromBlank = entries(blank);
        Map<String, byte[]> fromOpened = entries(opened);

        assertThat(fromBlank.keySet()).as(what).isEqualTo(fromOpened.keySet());
        for (String name : fromOpened.keySet()) {
            byte[] expected = fromOpened.get(name);
            byte[] actual = fromBlank.get(name);
            if (name.equals("[Content_Types].xml")) {
                assertThat(contentTypes(actual, fromBlank.keySet())).as(what + ": " + name)
                        .isEqualTo(contentTypes(expected, fromOpened.keySet()));
            } else if (name.endsWith(".rels")) {
                assertThat(relationships(actual)).as(what + ": " + name).isEqualTo(relationships(expected));
            } else if (name.equals("docProps/core.xml")) {
                assertThat(coreProperties(actual)).as(what + ": " + name).isEqualTo(coreProperties(expected));
            } else if (name.equals("word/numbering.xml")) {
                assertThat(withoutNamespaceDeclarations(actual)).as(what + ": " + name)
                        .isEqualTo(withoutNamespaceDeclarations(expected));
            } else {
                assertThat(actual).as(what + ": " + name).isEqualTo(expected);
            }
        }
        return blank;
    }

    private static byte[] export(XhtmlDocument xhtml, PreparedReference reference) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // No fonts: only documents from a blank reference embed them; the parts compared are the rest.
        org.w3c.dom.Document dom = XhtmlParser.parse(xhtml);
        DocxExporter.export(xhtml, dom, reference, null, dev.rolebook.xhtml.PageSize.of(dom), TIME, null, out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The content type of every entry, by default or by override. */
    private static Map<String, String> contentTypes(byte[] xml, Set<String> entries) {
        org.w3c.dom.Document types = parse(xml);
        Map<String, String> defaults = new HashMap<>();
        NodeList defaultElements = types.getElementsByTagName("Default");
        for (int i = 0; i < defaultElements.getLength(); i++) {
            Element element = (Element) defaultElements.item(i);
            defaults.put(element.getAttribute("Extension"), element.getAttribute("ContentType"));
        }
        Map<String, String> resolved = new TreeMap<>();
        for (String entry : entries) {
            resolved.put(entry, defaults.get(entry.substring(entry.lastIndexOf('.') + 1)));
        }
        NodeList overrides = types.getElementsByTagName("Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            Element element = (Element) overrides.item(i);
            resolved.put(element.getAttribute("PartName").substring(1), element.getAttribute("ContentType"));
        }
        resolved.remove("[Content_Types].xml");
        return resolved;
    }

    private static Set<String> relationships(byte[] xml) {
        Set<String> relationships = new TreeSet<>();
        NodeList elements = parse(xml).getElementsByTagName("Relationship");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            relationships.add(String.join(" ", element.getAttribute("Id"), element.getAttribute("Type"),
                    element.getAttribute("Target"), element.getAttribute("TargetMode")));
        }
        return relationships;
    }

    private static Map<String, String> coreProperties(byte[] xml) {
        Map<String, String> properties = new TreeMap<>();
        NodeList elements = parse(xml).getDocumentElement().getChildNodes();
        for (int i = 0; i < elements.getLength(); i++) {
            if (elements.item(i) instanceof Element element) {
                properties.put("{" + element.getNamespaceURI() + "}" + element.getLocalName(), element.getTextContent());
            }
        }
        return properties;
    }

    private static String withoutNamespaceDeclarations(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8).replace(" xmlns:w=\"" + W + "\"", "");
    }

    private static org.w3c.dom.Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e.getMessage(), e);
        }
    }

    private static byte[] png(int width) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
