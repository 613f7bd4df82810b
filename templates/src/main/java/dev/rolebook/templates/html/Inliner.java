package dev.rolebook.templates.html;

import dev.rolebook.templates.TemplateResources;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the names a document uses (stylesheets, images, files in {@code url(...)}) into inline
 * content, reading only the template folders. A name that points elsewhere is recorded as a
 * problem rather than left for a browser to fetch.
 */
final class Inliner {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\b");
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "svg", "image/svg+xml", "ttf", "font/ttf", "otf", "font/otf", "woff", "font/woff", "woff2", "font/woff2");

    private final TemplateResources resources;
    private final List<String> problems = new ArrayList<>();

    Inliner(TemplateResources resources) {
        this.resources = resources;
    }

    List<String> problems() {
        return problems;
    }

    /** The stylesheet's text with its {@code url(...)} references inlined, or null if it cannot be read. */
    String stylesheet(String href) {
        byte[] bytes = read(href);
        return bytes == null ? null : cssUrls(new String(bytes, StandardCharsets.UTF_8));
    }

    String cssUrls(String css) {
        if (CSS_IMPORT.matcher(css).find()) {
            problems.add("stylesheets cannot @import others in the html format; link each from the template");
        }
        Matcher url = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (url.find()) {
            String inline = dataUri(url.group(2));
            url.appendReplacement(out, Matcher.quoteReplacement("url(\"" + (inline == null ? "" : inline) + "\")"));
        }
        return url.appendTail(out).toString();
    }

    /** A {@code data:} URI for a name in the template folders; data URIs pass as they are. */
    String dataUri(String reference) {
        String name = reference.strip();
        if (name.startsWith("data:")) {
            return name;
        }
        byte[] bytes = read(name);
        if (bytes == null) {
            return null;
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            problems.add("'" + name + "' is not an image or font the html format can inline");
            return null;
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private byte[] read(String name) {
        try {
            return resources.read(TemplateResources.checkName(name.strip()));
        } catch (RuntimeException e) {
            problems.add("'" + name + "' cannot be inlined: " + e.getMessage());
            return null;
        }
    }
}
