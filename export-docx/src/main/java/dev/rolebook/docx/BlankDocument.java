package dev.rolebook.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A Word document POI starts in memory instead of parsing one: the parts that come from the
 * reference are added as bytes when it is written ({@link ReferenceParts}), so POI only holds
 * what rolebook writes. POI gives a new document settings of its own; they are dropped, as the
 * reference's go in. Where POI names a new part after those it knows (pictures, headers and
 * footers), the reference's parts of that kind are there as empty stand-ins.
 */
final class BlankDocument extends XWPFDocument {
    private final PackagePart ownSettings;
    private final Set<PackagePart> standIns = new HashSet<>();

    BlankDocument() {
        POIXMLDocumentPart.RelationPart settings = getRelationParts().stream()
                .filter(part -> part.getRelationship().getRelationshipType().equals(XWPFRelation.SETTINGS.getRelation()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("POI made a document without settings"));
        ownSettings = settings.getDocumentPart().getPackagePart();
        getPackagePart().removeRelationship(settings.getRelationship().getId());
    }

    /**
     * An empty part named as one of the reference's; with {@code relation}, also known to POI as
     * the document's relationship {@code id} (POI counts a document's headers to name a new one).
     */
    void standIn(String name, String contentType, POIXMLRelation relation, String id) throws InvalidFormatException {
        PackagePart part = getPackage().createPart(PackagingURIHelper.createPartName(name), contentType);
        standIns.add(part);
        if (relation != null) {
            addRelation(id, relation, new POIXMLDocumentPart(this, part));
        }
    }

    /** Has POI serialise the document and the parts it made into their package parts. */
    void commitParts() throws IOException {
        Set<PackagePart> skipped = new HashSet<>(standIns);
        skipped.add(ownSettings);
        onSave(skipped);
    }

    /** Whether a part is not to be written: POI's own settings, or a stand-in for a reference part. */
    boolean isNotWritten(PackagePart part) {
        return part == ownSettings || standIns.contains(part);
    }

    /**
     * Writes the document XML in one pass: POI's options have XMLBeans first walk the whole
     * document to gather every namespace onto the root element, a third of the time of saving a
     * role sheet. Namespaces the document uses beyond the reference's are then declared where
     * they are first used (a picture's drawing namespaces, say), which XML allows.
     */
    @Override
    protected void commit() throws IOException {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
        options.setSaveAggressiveNamespaces(false);
        try (OutputStream out = getPackagePart().getOutputStream()) {
            getDocument().save(out, options);
        }
    }

    /**
     * Drops the package without writing it: POI would otherwise zip the whole package into memory
     * on close, as a new package has an output of its own.
     */
    @Override
    public void close() {
        getPackage().revert();
    }
}
