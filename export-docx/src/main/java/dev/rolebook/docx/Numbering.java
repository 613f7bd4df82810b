package dev.rolebook.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;

/**
 * Real Word lists: rolebook's bullet and decimal list formats are added to the reference once,
 * when it is prepared, and each XHTML list gets its own numbering instance, so an ordered list
 * always starts at 1.
 */
final class Numbering {
    private static final CTNumbering FORMATS = load();
    private static final int BULLET = 1;
    private static final int DECIMAL = 2;

    /** The abstract numbering ids of the two formats in a prepared reference. */
    record Formats(BigInteger bullet, BigInteger decimal) {}

    private final XWPFNumbering numbering;
    private final Formats formats;

    Numbering(XWPFDocument document, Formats formats) {
        this.numbering = numbering(document);
        this.formats = formats;
    }

    /** Adds rolebook's list formats to a reference being prepared. */
    static Formats addFormats(XWPFDocument document) {
        XWPFNumbering numbering = numbering(document);
        BigInteger bullet = add(numbering, BULLET);
        return new Formats(bullet, add(numbering, DECIMAL));
    }

    /** A new numbering instance for one list. */
    BigInteger newList(boolean ordered) {
        BigInteger numId = numbering.addNum(ordered ? formats.decimal() : formats.bullet());
        CTNum num = numbering.getNum(numId).getCTNum();
        for (int level = 0; level < 4; level++) {
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.ONE);
        }
        return numId;
    }

    private static XWPFNumbering numbering(XWPFDocument document) {
        return document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
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
