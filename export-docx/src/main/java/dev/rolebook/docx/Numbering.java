package dev.rolebook.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;

/**
 * Real Word lists: rolebook's bullet and decimal list formats are added to the reference once,
 * when it is prepared, and each XHTML list gets its own numbering instance, so an ordered list
 * always starts at 1. The numbering part is otherwise the same for every document, so it is kept
 * as finished XML and a document's instances are put in before its end tag when it is written.
 */
final class Numbering {
    private static final CTNumbering FORMATS = load();
    private static final int BULLET = 1;
    private static final int DECIMAL = 2;
    private static final int LEVELS = 4;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** The abstract numbering ids of the two formats in a prepared reference. */
    record Formats(BigInteger bullet, BigInteger decimal) {}

    /**
     * A prepared reference's numbering part: its XML up to and from the root's end tag, the first
     * free instance id, and rolebook's formats in it.
     */
    record Part(String entry, byte[] head, byte[] tail, int firstId, Formats formats) {
        static Part of(String entry, byte[] xml, int firstId, Formats formats) {
            int end = lastEndTag(xml);
            return new Part(entry, Arrays.copyOfRange(xml, 0, end), Arrays.copyOfRange(xml, end, xml.length), firstId, formats);
        }
    }

    private final Part part;
    private final StringBuilder instances = new StringBuilder();
    private int next;

    Numbering(Part part) {
        this.part = part;
        this.next = part.firstId();
    }

    /** Adds rolebook's list formats to a reference being prepared. */
    static Formats addFormats(XWPFDocument document) {
        XWPFNumbering numbering = document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
        BigInteger bullet = add(numbering, BULLET);
        return new Formats(bullet, add(numbering, DECIMAL));
    }

    /**
     * Makes a prepared reference's numbering take instances at its end, and returns the first free
     * instance id. Word's clean-up hint, the one element allowed after the instances, is dropped.
     */
    static int readyForLists(XWPFDocument document) {
        CTNumbering numbering = numberingOf(document.getNumbering());
        if (numbering.isSetNumIdMacAtCleanup()) {
            numbering.unsetNumIdMacAtCleanup();
        }
        int last = 0;
        for (CTNum num : numbering.getNumArray()) {
            last = Math.max(last, num.getNumId().intValueExact());
        }
        return last + 1;
    }

    /** A new numbering instance for one list, each of its levels starting at 1; its id. */
    BigInteger newList(boolean ordered) {
        int id = next++;
        BigInteger format = ordered ? part.formats().decimal() : part.formats().bullet();
        // Only numbers go in, so there is nothing to escape; the namespace is declared here
        // because the reference may bind it to another prefix.
        instances.append("<w:num xmlns:w=\"").append(W).append("\" w:numId=\"").append(id)
                .append("\"><w:abstractNumId w:val=\"").append(format).append("\"/>");
        for (int level = 0; level < LEVELS; level++) {
            instances.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
        }
        instances.append("</w:num>");
        return BigInteger.valueOf(id);
    }

    /** The document's numbering part: the reference's, with this document's instances. */
    byte[] part() {
        byte[] added = instances.toString().getBytes(StandardCharsets.UTF_8);
        byte[] xml = new byte[part.head().length + added.length + part.tail().length];
        System.arraycopy(part.head(), 0, xml, 0, part.head().length);
        System.arraycopy(added, 0, xml, part.head().length, added.length);
        System.arraycopy(part.tail(), 0, xml, part.head().length + added.length, part.tail().length);
        return xml;
    }

    String entry() {
        return part.entry();
    }

    /** POI keeps the numbering's XML object to itself; rolebook's formats are in it, so it is their parent. */
    private static CTNumbering numberingOf(XWPFNumbering numbering) {
        try (XmlCursor cursor = numbering.getAbstractNums().get(0).getCTAbstractNum().newCursor()) {
            cursor.toParent();
            return (CTNumbering) cursor.getObject();
        }
    }

    private static int lastEndTag(byte[] xml) {
        for (int i = xml.length - 2; i >= 0; i--) {
            if (xml[i] == '<' && xml[i + 1] == '/') {
                return i;
            }
        }
        throw new IllegalStateException("the numbering part has no end tag");
    }

    /** The format's id in the document: that of an identical definition already there, or a new one. */
    private static BigInteger add(XWPFNumbering numbering, int format) {
        CTAbstractNum wanted = FORMATS.getAbstractNumArray(format - 1);
        BigInteger id = BigInteger.ONE;
        for (XWPFAbstractNum existing : numbering.getAbstractNums()) {
            CTAbstractNum definition = existing.getCTAbstractNum();
            if (sameDefinition(definition, wanted)) {
                return definition.getAbstractNumId();
            }
            id = id.max(definition.getAbstractNumId().add(BigInteger.ONE));
        }
        CTAbstractNum copy = (CTAbstractNum) wanted.copy();
        copy.setAbstractNumId(id);
        numbering.addAbstractNum(new XWPFAbstractNum(copy, numbering));
        return id;
    }

    /** Equal but for the id: rolebook's own reference already has the formats it is the source of. */
    private static boolean sameDefinition(CTAbstractNum a, CTAbstractNum b) {
        CTAbstractNum first = (CTAbstractNum) a.copy();
        CTAbstractNum second = (CTAbstractNum) b.copy();
        first.setAbstractNumId(BigInteger.ZERO);
        second.setAbstractNumId(BigInteger.ZERO);
        return first.xmlText().equals(second.xmlText());
    }

    private static CTNumbering load() {
        try (XWPFDocument reference = ReferenceDocument.rolebooks().open()) {
            CTNumbering formats = CTNumbering.Factory.newInstance();
            for (XWPFAbstractNum format : reference.getNumbering().getAbstractNums()) {
                formats.addNewAbstractNum().set(format.getCTAbstractNum().copy());
            }
            return formats;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
