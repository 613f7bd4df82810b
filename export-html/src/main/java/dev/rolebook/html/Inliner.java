package dev.rolebook.html;

import dev.rolebook.xhtml.ImageCheck;
import dev.rolebook.xhtml.MediaTypes;
import dev.rolebook.xhtml.TemplateResources;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the names a document uses (stylesheets, images, files named in stylesheets) into inline
 * content, reading only the template folders. A name that points elsewhere is recorded as a
 * problem rather than left for a browser to fetch.
 */
final class Inliner {

    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpeg|gif);base64,(.*)", Pattern.DOTALL);

    private final TemplateResources resources;
    private final List<String> problems = new ArrayList<>();

    Inliner(TemplateResources resources) {
        this.resources = resources;
    }

    TemplateResources resources() {
        return resources;
    }

    List<String> problems() {
        return problems;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** The text of a file in the template folders, or null (and a problem) if it cannot be read. */
    byte[] read(String name, String origin) {
        try {
            return resources.read(TemplateResources.checkName(name.strip()));
        } catch (RuntimeException e) {
            problems.add(origin + ": '" + name + "' cannot be inlined: " + e.getMessage());
            return null;
        }
    }

    /**
     * A {@code data:} URI for a name in the template folders; data URIs, and references to a part of
     * the page itself ({@code #gradient}), pass as they are.
     */
    String dataUri(String reference, String origin) {
        String name = reference.strip();
        Matcher inline = DATA_IMAGE.matcher(name);
        if (inline.matches()) {
            try {
                ImageCheck.checkDataUri(name, "image '" + (name.length() > 60 ? name.substring(0, 57) + "..." : name) + "'");
            } catch (RuntimeException e) {
                problems.add(origin + ": " + e.getMessage());
                return null;
            }
            return name;
        }
        if (name.regionMatches(true, 0, "data:", 0, 5) || name.startsWith("#")) {
            return name;
        }
        if (ImageCheck.mediaType(name) != null) {
            // Checked as the other formats check it, so that a broken image fails here too.
            try {
                byte[] image = resources.readImage(TemplateResources.checkName(name));
                return "data:" + ImageCheck.mediaType(name) + ";base64," + Base64.getEncoder().encodeToString(image);
            } catch (RuntimeException e) {
                problems.add(origin + ": " + e.getMessage());
                return null;
            }
        }
        byte[] bytes = read(name, origin);
        if (bytes == null) {
            return null;
        }
        String type = MediaTypes.of(name).orElse(null);
        if (type == null) {
            problems.add(origin + ": '" + name + "' is not an image or font the html format can inline");
            return null;
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
