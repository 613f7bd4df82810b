/**
 * Turns a catalog into the one XHTML document every exporter reads. {@link
 * dev.rolebook.templates.Renderer} fills a Freemarker template of a {@link
 * dev.rolebook.templates.DocumentKind} with plain data and labels; the templates, CSS, labels and
 * fonts live under {@code dev/rolebook/templates/} on the classpath, and a user folder overrides
 * any of them file by file ({@link dev.rolebook.templates.TemplateResources}).
 *
 * <p>{@link dev.rolebook.templates.XhtmlDocument} and {@link dev.rolebook.templates.TemplateResources}
 * know nothing of the model: they are what exporters see.
 */
package dev.rolebook.templates;
