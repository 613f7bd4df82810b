package dev.rolebook.model.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a catalog file's bytes. Catalogs are UTF-8; a UTF-8 byte order mark (as Windows editors
 * write) is dropped, any other encoding is refused with a hint, and a byte that is not UTF-8 is an
 * error at its line and column rather than a silently replaced character.
 */
final class CatalogText {
    private CatalogText() {}

    static String decode(byte[] bytes, String file) throws LoadFailure {
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || looksLikeUtf16(bytes)) {
            throw fail(file, SourcePosition.START, "the file is UTF-16 encoded; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int bad = bytes[in.position()] & 0xFF;
            throw fail(file, positionAtEnd(out),
                    String.format("byte 0x%02X is not UTF-8; save the file as UTF-8", bad));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            // The YAML parser would call it "special characters" at 1:1; say what and where.
            throw fail(file, positionAtEnd(text.substring(0, nul)), "a NUL character (U+0000), which no document can"
                    + " hold; remove it (was the file saved by a program that pads with zeros?)");
        }
        return text;
    }

    /**
     * UTF-16 without a byte order mark: in its first characters, which in a catalog are ASCII,
     * every other byte is zero (UTF-8 text has no zero bytes at all).
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 32);
        if (pairs < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        return evenZeros == pairs && oddZeros == 0 || oddZeros == pairs && evenZeros == 0;
    }


    private static SourcePosition positionAtEnd(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static LoadFailure fail(String file, SourcePosition at, String message) {
        return new LoadFailure(List.of(Problem.error(file, at, "", message)));
    }
}
