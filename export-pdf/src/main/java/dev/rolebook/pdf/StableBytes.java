package dev.rolebook.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * OpenPDF puts two random things into every PDF: the six-letter tags of font subsets
 * ({@code PCPYXW+RolebookSansRegular}) and a file identifier made from the clock. This replaces
 * both, in place and at the same length: tags by their order of first use, the identifier by an
 * MD5 digest of the document (the algorithm the PDF standard suggests for it). The same document,
 * with the same dates, is then the same file. The bytes are scanned directly rather than as text:
 * on a batch of role sheets, decoding and matching them as a string was a tenth of the PDF's cost.
 */
final class StableBytes {
    private static final byte[] ID_KEY = "/ID".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX = 32;

    private StableBytes() {}

    static byte[] apply(byte[] pdf) {
        byte[] copy = pdf.clone();
        Map<String, String> tags = new HashMap<>();
        for (int at = 0; at + 7 < copy.length; at++) {
            if (copy[at] == '/' && copy[at + 7] == '+' && sixCapitals(copy, at + 1)) {
                String found = new String(copy, at + 1, 6, StandardCharsets.US_ASCII);
                write(copy, at + 1, tags.computeIfAbsent(found, t -> tagFor(tags.size())));
                at += 7;
            }
        }
        int id = lastTrailerId(copy);
        if (id >= 0) {
            int first = id;
            int second = id + HEX + 2;
            String zeros = "0".repeat(HEX);
            write(copy, first, zeros);
            write(copy, second, zeros);
            String digest = digest(copy);
            write(copy, first, digest);
            write(copy, second, digest);
        }
        return copy;
    }

    private static boolean sixCapitals(byte[] bytes, int from) {
        for (int i = from; i < from + 6; i++) {
            if (bytes[i] < 'A' || bytes[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Where the first hex string of the last {@code /ID [<…><…>]} starts; -1 for none. */
    private static int lastTrailerId(byte[] bytes) {
        for (int at = bytes.length - ID_KEY.length; at >= 0; at--) {
            if (bytes[at] == '/' && bytes[at + 1] == 'I' && bytes[at + 2] == 'D') {
                int open = at + 3;
                if (open < bytes.length && bytes[open] == ' ') {
                    open++;
                }
                if (matches(bytes, open, "[<") && hex(bytes, open + 2) && matches(bytes, open + 2 + HEX, "><")
                        && hex(bytes, open + 4 + HEX) && matches(bytes, open + 4 + 2 * HEX, ">]")) {
                    return open + 2;
                }
            }
        }
        return -1;
    }

    private static boolean matches(byte[] bytes, int at, String ascii) {
        if (at + ascii.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(byte[] bytes, int at) {
        if (at + HEX > bytes.length) {
            return false;
        }
        for (int i = at; i < at + HEX; i++) {
            if (Character.digit(bytes[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** AAAAAA, AAAAAB, … : six capital letters, as PDF asks of a subset tag. */
    private static String tagFor(int index) {
        char[] letters = new char[6];
        int rest = index;
        for (int i = 5; i >= 0; i--) {
            letters[i] = (char) ('A' + rest % 26);
            rest /= 26;
        }
        return new String(letters);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(byte[] target, int at, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, target, at, bytes.length);
    }
}
