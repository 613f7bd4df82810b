package dev.rolebook.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A prepared reference document kept as finished parts, so that a document is a
 * {@link BlankDocument} holding only what rolebook writes, zipped together with the reference's
 * parts as they are. Opening and writing a package through POI costs a role sheet more than
 * mapping its text does; this way the reference is parsed once, not once per document.
 */
final class ReferenceParts {
    private static final String DOCUMENT = "/word/document.xml";
    private static final String MEDIA = "/word/media/";
    private static final Map<String, XWPFRelation> HEADERS_AND_FOOTERS = Map.of(
            XWPFRelation.HEADER.getRelation(), XWPFRelation.HEADER, XWPFRelation.FOOTER.getRelation(), XWPFRelation.FOOTER);

    private final List<Entry> copied;
    private final Map<String, String> contentTypes;
    private final List<Relationship> relationships;
    private final List<StandIn> standIns;
    private final CTDocument1 document;
    private final CoreProperties.Kept kept;
    private final String coreEntry;
    private final FontEmbedding fontEmbedding;
    /** The settings variants a document takes, each compressed once. */
    private final Map<byte[], RawPart> rawSettings = Collections.synchronizedMap(new IdentityHashMap<>());

    private record Entry(String name, byte[] bytes, RawPart raw) {
        Entry(String name, byte[] bytes) {
            this(name, bytes, RawPart.of(name, bytes));
        }
    }

    private record Relationship(URI target, TargetMode mode, String type, String id) {}

    /** A reference part a document holds empty, so POI names its own after it; with a relation, POI counts it too. */
    private record StandIn(String name, String contentType, XWPFRelation relation, String id) {}

    private ReferenceParts(List<Entry> copied, Map<String, String> contentTypes, List<Relationship> relationships,
            CTDocument1 document, CoreProperties.Kept kept, String coreEntry) {
        this.copied = copied;
        this.contentTypes = contentTypes;
        this.relationships = relationships;
        this.standIns = standIns(contentTypes, relationships);
        this.document = document;
        this.kept = kept;
        this.coreEntry = coreEntry;
        this.fontEmbedding = new FontEmbedding(contentTypes, copied.stream()
                .collect(java.util.stream.Collectors.toMap(Entry::name, Entry::bytes)));
    }

    /** Whether documents from this prepared reference can start blank: its main part is where POI makes one. */
    static boolean suits(XWPFDocument prepared) {
        return prepared.getPackagePart().getPartName().getName().equals(DOCUMENT);
    }

    /**
     * The parts of {@code written}, the prepared reference as POI wrote it, but for those each
     * document writes itself: the document, its relationships, the numbering and the core properties.
     */
    static ReferenceParts of(XWPFDocument prepared, byte[] written, String numberingEntry) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(written))) {
            Map<String, String> contentTypes = new LinkedHashMap<>();
            for (PackagePart part : pkg.getParts()) {
                if (!part.isRelationshipPart()) {
                    contentTypes.put(part.getPartName().getName(), part.getContentType());
                }
            }
            PackagePropertiesPart core = (PackagePropertiesPart) pkg.getPackageProperties();
            String coreEntry = core.getPartName().getName().substring(1);
            Set<String> ownEntries = Set.of(DOCUMENT.substring(1), "word/_rels/document.xml.rels", "[Content_Types].xml",
                    numberingEntry, coreEntry);
            List<Entry> copied = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(written))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!ownEntries.contains(entry.getName())) {
                        copied.add(new Entry(entry.getName(), zip.readAllBytes()));
                    }
                }
            }
            contentTypes.remove(DOCUMENT);
            List<Relationship> relationships = new ArrayList<>();
            for (PackageRelationship relationship : prepared.getPackagePart().getRelationships()) {
                relationships.add(new Relationship(relationship.getTargetURI(), relationship.getTargetMode(),
                        relationship.getRelationshipType(), relationship.getId()));
            }
            CTDocument1 document = (CTDocument1) prepared.getDocument().copy();
            return new ReferenceParts(copied, contentTypes, relationships, document, CoreProperties.Kept.of(core), coreEntry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the prepared reference cannot be read back: " + e.getMessage(), e);
        }
    }

    /** A document with the reference's page setup and core properties and an empty body. */
    BlankDocument open() {
        BlankDocument blank = new BlankDocument();
        synchronized (document) {
            // XMLBeans objects are not safe to read from several threads at once.
            blank.getDocument().set(document);
        }
        try {
            for (Relationship relationship : relationships) {
                // Kept so that the ids POI gives new relationships do not clash with the reference's.
                blank.getPackagePart().addRelationship(relationship.target(), relationship.mode(),
                        relationship.type(), relationship.id());
            }
            for (StandIn standIn : standIns) {
                blank.standIn(standIn.name(), standIn.contentType(), standIn.relation(), standIn.id());
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        kept.applyTo(blank.getProperties().getCoreProperties().getUnderlyingProperties());
        return blank;
    }

    /** The reference's pictures, headers and footers: the parts POI numbers its own after. */
    private static List<StandIn> standIns(Map<String, String> contentTypes, List<Relationship> relationships) {
        List<StandIn> standIns = new ArrayList<>();
        contentTypes.forEach((name, type) -> {
            if (name.startsWith(MEDIA)) {
                standIns.add(new StandIn(name, type, null, null));
            }
        });
        for (Relationship relationship : relationships) {
            XWPFRelation kind = HEADERS_AND_FOOTERS.get(relationship.type());
            String name = relationship.target().getPath();
            if (kind != null && relationship.mode() == TargetMode.INTERNAL && contentTypes.containsKey(name)) {
                standIns.add(new StandIn(name, contentTypes.get(name), kind, relationship.id()));
            }
        }
        return List.copyOf(standIns);
    }

    /**
     * Writes {@code blank} with the reference's parts, every entry stamped {@code time}; with the
     * fonts its styles name among {@code fonts} embedded, and asking Word to update its fields on
     * opening where {@code updateFields} (a table of contents, whose page numbers only Word knows).
     */
    void write(BlankDocument blank, Numbering numbering, EmbeddedFonts fonts, boolean updateFields, Instant time,
            OutputStream out) throws IOException {
        FontEmbedding.Plan embedding = fontEmbedding.plan(fonts);
        if (embedding != null) {
            try {
                blank.getPackagePart().addRelationship(PackagingURIHelper.createPartName(FontEmbedding.FONT_TABLE),
                        TargetMode.INTERNAL, FontEmbedding.FONT_TABLE_RELATION);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        blank.commitParts();
        List<PackagePart> made = new ArrayList<>();
        try {
            for (PackagePart part : blank.getPackage().getParts()) {
                String name = part.getPartName().getName();
                if (part.isRelationshipPart() || part instanceof PackagePropertiesPart || blank.isNotWritten(part)) {
                    continue;
                }
                if (contentTypes.containsKey(name)) {
                    throw new IllegalStateException("the document has a part " + name + " that the reference has too");
                }
                made.add(part);
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> types = new LinkedHashMap<>(contentTypes);
        for (PackagePart part : made) {
            types.put(part.getPartName().getName(), part.getContentType());
        }
        if (embedding != null) {
            types.putAll(embedding.contentTypes());
        }
        byte[] settings = fontEmbedding.settings(embedding != null, updateFields);

        FileTime stamp = FileTime.from(time);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        put(zip, "[Content_Types].xml", stamp);
        OpcXml.contentTypes(types, zip);
        for (Entry entry : copied) {
            if (settings != null && entry.name().equals(fontEmbedding.settingsEntry())) {
                rawSettings.computeIfAbsent(settings, bytes -> RawPart.of(entry.name(), bytes)).writeTo(zip, stamp);
            } else {
                entry.raw().writeTo(zip, stamp);
            }
        }
        if (embedding != null) {
            for (RawPart part : embedding.parts()) {
                part.writeTo(zip, stamp);
            }
        }
        put(zip, coreEntry, stamp);
        CoreProperties.write(blank.getProperties().getCoreProperties().getUnderlyingProperties(), zip);
        put(zip, numbering.entry(), stamp);
        zip.write(numbering.part());
        for (PackagePart part : made) {
            String name = part.getPartName().getName();
            put(zip, name.substring(1), stamp);
            try (InputStream in = part.getInputStream()) {
                in.transferTo(zip);
            }
            if (part.hasRelationships()) {
                String rels = PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName();
                put(zip, rels.substring(1), stamp);
                OpcXml.relationships(part, zip);
            }
        }
        zip.closeArchiveEntry();
        zip.finish();
    }

    /** Starts an entry stamped with the document's time, closing the one before. */
    private static void put(ZipArchiveOutputStream zip, String name, FileTime stamp) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setLastModifiedTime(stamp);
        zip.putArchiveEntry(entry);
    }
}
