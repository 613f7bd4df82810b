package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.RenderResult;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One render of everything a preview shows: every document of the catalog in each of its
 * languages, as XHTML, made at once (templates are quick, and comparing the XHTML with the last
 * build tells which documents a save changed), and each document's PDF, HTML or DOCX made when
 * first asked for and kept for this build.
 */
final class PreviewBuild {
    /** Bounds what a build keeps: every file of a large catalog need not stay in memory. */
    private static final int KEPT_FILES = 96;

    /**
     * A document the preview lists: {@code id} is also its address ({@code hy/sheet/account-manager}).
     */
    record Document(String id, String language, DocumentKind kind, String title, XhtmlDocument xhtml) {}

    /** A file made from a document, or why it could not be made. */
    record Output(byte[] bytes, String format, String fileName, String error) {}

    private final int generation;
    private final Map<String, Document> documents;
    private final List<String> warnings;
    private final Map<String, Exporter> exporters;
    private final ExportOptions exportOptions;
    private final Map<String, CompletableFuture<Output>> files = new ConcurrentHashMap<>();

    private PreviewBuild(int generation, Map<String, Document> documents, List<String> warnings,
            Map<String, Exporter> exporters, ExportOptions exportOptions) {
        this.generation = generation;
        this.documents = documents;
        this.warnings = warnings;
        this.exporters = exporters;
        this.exportOptions = exportOptions;
    }

    /**
     * Renders every document of each catalog (by label language).
     *
     * @throws RuntimeException what the renderer throws for a template or selection that fails
     */
    static PreviewBuild make(int generation, Map<String, Catalog> catalogs, Renderer renderer, RenderOptions base,
            Map<String, Exporter> exporters, ExportOptions exportOptions) {
        Map<String, Document> documents = new LinkedHashMap<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (Map.Entry<String, Catalog> edition : catalogs.entrySet()) {
            String language = edition.getKey();
            Catalog catalog = edition.getValue();
            RenderOptions options = base.withLabelLanguage(language);
            add(documents, warnings, language + "/handbook", catalog.title(),
                    renderer.render(catalog, options.withKind(DocumentKind.HANDBOOK)), language, DocumentKind.HANDBOOK);
            for (Department department : catalog.departments()) {
                for (Role role : department.roles()) {
                    for (DocumentKind kind : List.of(DocumentKind.POSTING, DocumentKind.SHEET)) {
                        add(documents, warnings, language + "/" + kind.id() + "/" + role.id(), role.title(),
                                renderer.render(catalog, options.withKind(kind).withRole(role.id())), language, kind);
                    }
                }
            }
        }
        return new PreviewBuild(generation, documents, List.copyOf(warnings), exporters, exportOptions);
    }

    private static void add(Map<String, Document> documents, Set<String> warnings, String id, String title,
            RenderResult rendered, String language, DocumentKind kind) {
        documents.put(id, new Document(id, language, kind, title, rendered.document()));
        warnings.addAll(rendered.warnings());
    }

    int generation() {
        return generation;
    }

    Map<String, Document> documents() {
        return documents;
    }

    List<String> warnings() {
        return warnings;
    }

    List<String> formats() {
        return List.copyOf(exporters.keySet());
    }

    /**
     * The documents that differ from {@code previous}: new ones, and those whose XHTML changed, or
     * all of them when what turns XHTML into files changed (a stylesheet, the reference document).
     */
    List<String> changedSince(PreviewBuild previous, boolean layoutChanged) {
        List<String> changed = new ArrayList<>();
        for (Document document : documents.values()) {
            Document before = previous == null ? null : previous.documents.get(document.id());
            if (layoutChanged || before == null || !before.xhtml().xhtml().equals(document.xhtml().xhtml())) {
                changed.add(document.id());
            }
        }
        return changed;
    }

    /** The document as a file of the format, made on first request; null for an unknown document or format. */
    Output file(String id, String format) {
        Document document = documents.get(id);
        Exporter exporter = exporters.get(format);
        if (document == null || exporter == null) {
            return null;
        }
        String key = id + "." + format;
        CompletableFuture<Output> mine = new CompletableFuture<>();
        CompletableFuture<Output> known = files.putIfAbsent(key, mine);
        if (known != null) {
            return known.join();
        }
        if (files.size() > KEPT_FILES) {
            files.keySet().removeIf(other -> !other.equals(key) && files.get(other) != null && files.get(other).isDone());
        }
        mine.complete(export(document, exporter));
        return mine.join();
    }

    private Output export(Document document, Exporter exporter) {
        String fileName = document.xhtml().name() + "." + exporter.format();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.export(document.xhtml(), exportOptions, bytes);
            return new Output(bytes.toByteArray(), exporter.format(), fileName, null);
        } catch (ExportException | IOException e) {
            return new Output(null, exporter.format(), fileName, e.getMessage());
        } catch (RuntimeException e) {
            return new Output(null, exporter.format(), fileName, "internal error: " + e);
        }
    }
}
