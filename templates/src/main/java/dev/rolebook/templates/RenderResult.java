package dev.rolebook.templates;

import dev.rolebook.xhtml.XhtmlDocument;
import java.util.List;

/**
 * A rendered document and what the renderer noticed on the way, such as a posting that lacks a
 * field schema.org's JobPosting requires.
 */
public record RenderResult(XhtmlDocument document, List<String> warnings) {

    public RenderResult {
        warnings = List.copyOf(warnings);
    }
}
