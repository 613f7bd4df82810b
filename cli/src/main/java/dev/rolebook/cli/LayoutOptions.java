package dev.rolebook.cli;

import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.TemplateResources;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What the documents look like, for the commands that make them (export, preview). */
final class LayoutOptions {
    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your template folder; its files replace rolebook's own of the same name.")
    Path templates;

    @Option(names = "--reference-doc", paramLabel = "FILE",
            description = "A .docx whose styles, page setup, header and footer DOCX output takes (its page size too,"
                    + " unless --paper is given).")
    Path referenceDoc;

    /** A renderer of the template folder, or of rolebook's own templates without one. */
    Renderer renderer() {
        return templates == null ? Renderer.builtIn() : new Renderer(TemplateResources.withUserFolder(templates));
    }
}
