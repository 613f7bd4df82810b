package dev.rolebook.cli;

import dev.rolebook.xhtml.TemplateResources;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * DOCX output takes its look from a reference document, not from the template stylesheets: Word
 * styles and CSS are not one language, and a stylesheet's colours carried into Word by hand would
 * look right for some rules and silently not for others. A user who changed a stylesheet and asks
 * for DOCX is told so once, with what to do instead, rather than finding the DOCX unchanged.
 */
final class DocxLookNotice {
    private DocxLookNotice() {}

    /** The notice for a run, if the template folder changes a stylesheet; empty otherwise. */
    static Optional<String> of(Path templates, boolean referenceDoc) {
        if (templates == null) {
            return Optional.empty();
        }
        TemplateResources user = TemplateResources.withUserFolder(templates);
        TemplateResources own = TemplateResources.builtIn();
        List<String> changed = TemplateResources.starterFiles().stream()
                .filter(name -> name.startsWith("style/") && name.endsWith(".css"))
                .filter(name -> !Arrays.equals(user.read(name), own.read(name)))
                .toList();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("DOCX output does not follow " + String.join(", ", changed) + " of " + templates
                + ": its colours, fonts and sizes are the Word styles of " + (referenceDoc ? "--reference-doc"
                : "rolebook's reference document") + ". To change them, save a .docx with your styles (heading 1,"
                + " Normal, ...) from Word or LibreOffice and pass it as --reference-doc");
    }
}
