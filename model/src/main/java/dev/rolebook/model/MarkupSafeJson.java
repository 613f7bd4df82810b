package dev.rolebook.model;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for JSON that stands in markup as it is (a script element of a web page, the text of
 * an XML element): {@code <}, {@code >} and {@code &} escaped, so it can neither end its element nor
 * be read as markup, and the line and paragraph separators, which some JavaScript readers take for
 * line ends.
 */
public final class MarkupSafeJson extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    public MarkupSafeJson() {
        escapes = standardAsciiEscapesForJSON();
        escapes['<'] = ESCAPE_STANDARD;
        escapes['>'] = ESCAPE_STANDARD;
        escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
