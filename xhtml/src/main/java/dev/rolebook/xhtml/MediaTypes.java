package dev.rolebook.xhtml;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of file types a document may name, by file ending: images every format carries
 * (PNG, JPEG, GIF), and what only the html format inlines from a stylesheet (SVG pictures, fonts).
 */
public final class MediaTypes {
    private static final Map<String, String> BY_ENDING = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml",
            "ttf", "font/ttf", "otf", "font/otf", "woff", "font/woff", "woff2", "font/woff2");
    /** The images every format can carry. */
    public static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif");

    private MediaTypes() {}

    /** The media type a file name's ending says, of any type a document may name. */
    public static Optional<String> of(String name) {
        return Optional.ofNullable(BY_ENDING.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)));
    }

    /** The media type of an image every format carries (PNG, JPEG, GIF), or null for any other name. */
    public static String image(String name) {
        return of(name).filter(IMAGES::contains).orElse(null);
    }
}
