package dev.rolebook.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Word bookmark names for XHTML ids. Word wants names of at most 40 characters, starting with a
 * letter, without hyphens; longer ids keep a readable start and a hash of the whole, so that two
 * long ids never meet in one name and a link finds its target by the same rule.
 */
final class Bookmarks {
    private static final int MAX = 40;

    private final Map<String, BigInteger> ids = new HashMap<>();

    static String name(String id) {
        String name = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "b_" + name;
        }
        if (name.length() > MAX) {
            name = name.substring(0, MAX - 9) + "_" + String.format("%08x", id.hashCode());
        }
        return name;
    }

    /** A number for a new bookmark of this document. */
    BigInteger next(String id) {
        return ids.computeIfAbsent(id, k -> BigInteger.valueOf(ids.size() + 1L));
    }
}
