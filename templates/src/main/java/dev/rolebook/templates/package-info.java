/**
 * Turns a catalog into the one XHTML document every exporter reads. {@link
 * dev.rolebook.templates.Renderer} fills a Freemarker template of a {@link
 * dev.rolebook.templates.DocumentKind} with plain data and labels; the templates, CSS, labels and
 * fonts live under {@code dev/rolebook/templates/} on the classpath, and a user folder overrides
 * any of them file by file ({@link dev.rolebook.xhtml.TemplateResources}).
 *
 * <p>What exporters see, {@link dev.rolebook.xhtml.XhtmlDocument} and {@link
 * dev.rolebook.xhtml.TemplateResources}, lives in the {@code xhtml} module and knows nothing of
 * the model or of Freemarker.
 */
package dev.rolebook.templates;
