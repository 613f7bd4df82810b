package dev.rolebook.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenPDF puts two random things into every PDF: the six-letter tags of font subsets
 * ({@code PCPYXW+RolebookSansRegular}) and a file identifier made from the clock. This replaces
 * both, in place and at the same length: tags by their order of first use, the identifier by a
 * digest of the document. The same document, with the same dates, is then the same file.
 */
final class StableBytes {
    private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+");
    private static final Pattern TRAILER_ID = Pattern.compile("/ID ?\\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>]");

    private StableBytes() {}

    static byte[] apply(byte[] pdf) {
        byte[] copy = pdf.clone();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher tag = SUBSET_TAG.matcher(text);
        while (tag.find()) {
            String stable = tags.computeIfAbsent(tag.group(1), t -> tagFor(tags.size()));
            write(copy, tag.start(1), stable);
        }
        Matcher id = TRAILER_ID.matcher(text);
        int last = -1;
        while (id.find()) {
            last = id.start();
        }
        if (last >= 0 && id.find(last)) {
            String zeros = "0".repeat(32);
            write(copy, id.start(1), zeros);
            write(copy, id.start(2), zeros);
            String digest = digest(copy);
            write(copy, id.start(1), digest);
            write(copy, id.start(2), digest);
        }
        return copy;
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
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(byte[] target, int at, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, target, at, bytes.length);
    }
}
