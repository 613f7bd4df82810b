package dev.rolebook.model.load;

/**
 * Finds characters that no XML document (and so no DOCX, XHTML or PDF text layer made from one)
 * can hold: most C0 controls, U+FFFE, U+FFFF and unpaired surrogates; and the controls XML allows
 * but no document shows (DEL and the C1 controls U+0080 to U+009F), which the PDF drops without a
 * trace, so a text holding one is refused rather than changed.
 */
public final class XmlCharacters {
    private XmlCharacters() {}

    /** A description of the first character {@code text} cannot carry into a document, or null. */
    public static String firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("an unpaired surrogate U+%04X at character %d", (int) c, i + 1);
            } else if (isIllegal(c)) {
                return String.format("the control character U+%04X at character %d", (int) c, i + 1);
            }
        }
        return null;
    }

    private static boolean isIllegal(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE
                || c == 0xFFFF;
    }
}
