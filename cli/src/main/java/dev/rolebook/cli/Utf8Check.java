package dev.rolebook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the bytes of a text file that are not UTF-8, each at its line and column, with the JDK's
 * own decoder. Done before an employee list is parsed: the CSV parser reads ahead, so a decoding
 * error surfacing inside it is reported rows too early and ends the reading there, and a list
 * saved in another encoding is one mistake to mend before any sheet is made.
 */
final class Utf8Check {
    /** A byte that is not UTF-8: where, and its value. */
    record Invalid(long line, long column, int value) {}

    /** The first few bytes that are not UTF-8, and how many there are in all. */
    record Found(List<Invalid> first, long total) {}

    private Utf8Check() {}

    /** The first {@code max} bytes that are not UTF-8, and the count of all of them. */
    static Found find(InputStream bytes, int max) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        List<Invalid> found = new ArrayList<>();
        long total = 0;
        long line = 1;
        long column = 1;
        boolean end = false;
        while (!end) {
            int read = bytes.read(in.array(), in.position(), in.remaining());
            end = read < 0;
            if (!end) {
                in.position(in.position() + read);
            }
            in.flip();
            while (true) {
                CoderResult result = decoder.decode(in, out, end);
                out.flip();
                for (int i = 0; i < out.length(); i++) {
                    if (out.charAt(i) == '\n') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(out.charAt(i))) {
                        column++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    total++;
                    if (found.size() < max) {
                        found.add(new Invalid(line, column, in.get(in.position()) & 0xFF));
                    }
                    in.position(in.position() + result.length());
                    column++;
                } else if (result.isUnderflow()) {
                    break;
                }
            }
            in.compact();
        }
        return new Found(found, total);
    }
}
