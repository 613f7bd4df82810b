package dev.rolebook.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTZoom;

/**
 * Makes a reference's settings valid under both editions of the WordprocessingML schema. Word
 * writes a zoom of "best fit" without a percentage, which ISO/IEC 29500 allows and ECMA-376's
 * first edition (the schemas POI and some readers check against) does not; the percentage Word
 * assumes there, 100, is written out.
 */
final class ReferenceSettings {
    private ReferenceSettings() {}

    static void apply(XWPFDocument document) {
        XWPFSettings settings = document.getSettings();
        if (settings == null || !settings.getCTSettings().isSetZoom()) {
            return;
        }
        CTZoom zoom = settings.getCTSettings().getZoom();
        if (zoom.getPercent() == null) {
            zoom.setPercent(java.math.BigInteger.valueOf(100));
        }
    }
}
