package dev.rolebook.xhtml;

import java.util.Objects;

/**
 * The intermediate document: well-formed XHTML as the templates made it, and where the files it
 * names (stylesheets, fonts, images) are found. This is all an exporter gets; the XHTML contract it
 * can rely on is in the templates module's README.
 *
 * @param kind what the document is, for exporters that lay out kinds differently
 * @param name a short name for messages, such as {@code business-world.hy.handbook}
 */
public record XhtmlDocument(String xhtml, TemplateResources resources, String kind, String name) {

    public XhtmlDocument {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(resources, "resources");
    }
}
