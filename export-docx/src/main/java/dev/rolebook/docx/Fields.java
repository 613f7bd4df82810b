package dev.rolebook.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word fields: page numbers in headers and footers, and the table of contents. */
final class Fields {
    private Fields() {}

    /** A field Word computes when it shows the page, such as {@code PAGE}; {@code shown} until then. */
    static void simple(XWPFParagraph paragraph, String instruction, String shown) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue(shown);
    }

    /** Opens a field whose result follows as ordinary runs and paragraphs, until {@link #end}. */
    static void begin(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        code.getCTR().getInstrTextArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** A field within a paragraph whose result, {@code shown} until the field is updated, is one run. */
    static void complex(XWPFParagraph paragraph, String instruction, String shown) {
        begin(paragraph, instruction);
        paragraph.createRun().setText(shown);
        end(paragraph);
    }

    static void end(XWPFParagraph paragraph) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
