package dev.rolebook.cli;

import dev.rolebook.templates.DocumentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The preview's own pages: the list of documents, and one document shown as PDF and as HTML side
 * by side. Both carry the problems of the last look at the files, and {@code preview.js} keeps them
 * current. The preview speaks English, as the command does; the documents speak their own language.
 */
final class PreviewPages {
    private final String catalogName;
    private final List<String> watched;

    /** {@code watched}: the files and folders a save of which updates the pages, as the user named them. */
    PreviewPages(String catalogName, List<String> watched) {
        this.catalogName = catalogName;
        this.watched = List.copyOf(watched);
    }

    String index(PreviewBuild build, PreviewWorkspace.State state) {
        StringBuilder body = new StringBuilder();
        body.append("<header><h1>").append(escape(catalogName)).append("</h1>");
        if (!watched.isEmpty()) {
            body.append("<p>Open a document: it follows every save of ")
                    .append(escape(String.join(", ", watched))).append(".</p>");
        }
        body.append("<p id=\"status\" role=\"status\"></p></header>\n");
        problems(state, body);
        body.append("<main>\n");
        if (build == null) {
            body.append("<p>No documents yet: mend the problems above and save.</p>\n");
        } else {
            for (Map.Entry<String, List<PreviewBuild.Document>> language : byLanguage(build).entrySet()) {
                body.append("<section><h2>").append(escape(languageName(language.getKey()))).append("</h2>\n<ul>\n");
                for (PreviewBuild.Document document : language.getValue()) {
                    if (document.kind() == DocumentKind.HANDBOOK) {
                        body.append("<li>").append(link(document, "Handbook")).append(": ")
                                .append(escape(document.title())).append("</li>\n");
                    } else if (document.kind() == DocumentKind.POSTING) {
                        String sheet = document.id().replace("/posting/", "/sheet/");
                        body.append("<li>").append(escape(document.title())).append(": ").append(link(document, "job posting"));
                        PreviewBuild.Document roleSheet = build.documents().get(sheet);
                        if (roleSheet != null) {
                            body.append(" · ").append(link(roleSheet, "role sheet"));
                        }
                        body.append("</li>\n");
                    }
                }
                body.append("</ul></section>\n");
            }
        }
        body.append("</main>\n");
        return page(catalogName + " · rolebook preview", "", state.generation(), body);
    }

    String view(PreviewBuild.Document document, PreviewWorkspace.State state) {
        String file = "/file/" + document.id();
        String generation = "?g=" + state.generation();
        String kind = kindName(document.kind());
        StringBuilder body = new StringBuilder();
        body.append("<header><nav><a href=\"/\">All documents</a></nav>");
        body.append("<h1>").append(escape(document.title())).append(" <small>").append(escape(kind)).append(", ")
                .append(escape(languageName(document.language()))).append("</small></h1>");
        body.append("<p class=\"downloads\"><a href=\"").append(file).append(".pdf").append(generation)
                .append("\" target=\"_blank\" rel=\"noopener\">Open the PDF</a> · <a href=\"").append(file).append(".docx")
                .append(generation).append("\" download>Download the DOCX</a></p>");
        body.append("<p id=\"status\" role=\"status\"></p></header>\n");
        problems(state, body);
        body.append("<main class=\"panes\">\n");
        // The page fills the pane's width; the viewer's thumbnails would take a third of it.
        body.append("<iframe id=\"pdf\" title=\"").append(escape(kind)).append(" as PDF\" src=\"").append(file).append(".pdf")
                .append(generation).append("#navpanes=0&amp;view=FitH\"></iframe>\n");
        body.append("<iframe id=\"html\" title=\"").append(escape(kind)).append(" as a web page\" src=\"").append(file)
                .append(".html").append(generation).append("\"></iframe>\n");
        body.append("</main>\n");
        return page(document.title() + " · " + kind + " · rolebook preview", document.id(), state.generation(), body);
    }

    /** The problems of the last look, as the page shows them before its script has run. */
    private static void problems(PreviewWorkspace.State state, StringBuilder body) {
        body.append("<section id=\"problems\" role=\"alert\"").append(state.errors().isEmpty() ? " hidden" : "").append(">");
        body.append("<h2>The files have problems</h2><ul id=\"errors\">");
        state.errors().forEach(error -> body.append("<li>").append(escape(error)).append("</li>"));
        body.append("</ul><p>What is shown is the last good render; it updates when the files are mended and saved.</p>");
        body.append("</section>\n");
        body.append("<details id=\"warnings\"").append(state.warnings().isEmpty() ? " hidden" : "").append("><summary>Warnings (<span id=\"warning-count\">")
                .append(state.warnings().size()).append("</span>)</summary><ul>");
        state.warnings().forEach(warning -> body.append("<li>").append(escape(warning)).append("</li>"));
        body.append("</ul></details>\n");
    }

    private static String page(String title, String documentId, int generation, StringBuilder body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><link rel=\"stylesheet\" href=\"/preview.css\">"
                + "<script src=\"/preview.js\" defer></script></head>\n"
                + "<body data-document=\"" + escape(documentId) + "\" data-generation=\"" + generation + "\">\n"
                + body + "</body></html>\n";
    }

    private static Map<String, List<PreviewBuild.Document>> byLanguage(PreviewBuild build) {
        Map<String, List<PreviewBuild.Document>> languages = new LinkedHashMap<>();
        for (PreviewBuild.Document document : build.documents().values()) {
            languages.computeIfAbsent(document.language(), l -> new ArrayList<>()).add(document);
        }
        return languages;
    }

    private static String link(PreviewBuild.Document document, String text) {
        return "<a href=\"/view/" + escape(document.id()) + "\">" + escape(text) + "</a>";
    }

    private static String kindName(DocumentKind kind) {
        return switch (kind) {
            case HANDBOOK -> "handbook";
            case POSTING -> "job posting";
            case SHEET -> "role sheet";
            case CHANGES -> "changes sheet";
        };
    }

    /** "հայերեն (hy)": the language in its own words, and the code --lang takes. */
    private static String languageName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String own = locale.getDisplayLanguage(locale);
        return own.isEmpty() || own.equals(language) ? language : own + " (" + language + ")";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
