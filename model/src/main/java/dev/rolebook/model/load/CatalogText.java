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
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
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
        return out.flip().toString();
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
