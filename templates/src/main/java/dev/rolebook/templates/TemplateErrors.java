package dev.rolebook.templates;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * FreeMarker's error messages as one located line a template author can act on. FreeMarker puts
 * the reason after the first line ("Template inclusion failed (for parameter value "x.ftl"):" and
 * only then why), and a tip and a stack after that; the reason is kept, the rest left out. An error
 * inside an included template is placed where it is, with where it was reached from.
 */
final class TemplateErrors {
    private TemplateErrors() {}

    static String describe(TemplateException e) {
        String at = location(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
        if (e.getCause() instanceof ParseException parse) {
            return location(parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber()) + ": "
                    + firstLine(parse.getEditorMessage()) + " (in a template reached from " + at + ")";
        }
        if (e.getCause() instanceof TemplateNotFoundException missing) {
            return at + ": the template '" + missing.getTemplateName() + "' it includes or imports is in neither the"
                    + " template folder nor rolebook's built-in templates";
        }
        return at + ": " + summary(e.getMessageWithoutStackTop());
    }

    static String location(String template, Integer line, Integer column) {
        return template + ":" + line + ":" + column;
    }

    /** The message up to FreeMarker's first "----" (its tips and stack), on one line. */
    static String summary(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : (message == null ? "" : message).split("\n")) {
            String text = line.strip();
            if (text.equals("----")) {
                break;
            }
            if (text.startsWith("==> ")) {
                // "==> role  [in template "x.ftl" at line 1, column 3]": the expression; the place is given already.
                int in = text.indexOf("  [in template ");
                text = (in < 0 ? text.substring(4) : text.substring(4, in)).strip();
            }
            if (!text.isEmpty()) {
                kept.add(text);
            }
        }
        return String.join(" ", kept);
    }

    static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
