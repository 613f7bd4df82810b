package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.model.load.LoadResult;
import dev.rolebook.model.load.Problem;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Paper;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import dev.rolebook.xhtml.export.Exporters;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The files a preview is made from (a catalog, a template folder, a reference document) and the
 * last good build of them. Each {@link #refresh} looks at the files; what changed is read again,
 * the rest kept, and everything is rendered again. A build that fails leaves the last good one in
 * place and says why in the {@link State}, until a save mends it.
 */
final class PreviewWorkspace {
    /** Looks again this many times, a little apart, until a file being saved holds still. */
    private static final int SETTLE_TRIES = 8;
    private static final long SETTLE_MILLIS = 25;

    /** What a preview is made from. {@code catalogFile} is null for a bundled catalog. */
    record Sources(Path catalogFile, String bundledId, String language, Path templates, Path reference, Paper paper) {}

    /**
     * What the page is told: the build it shows, the documents that build changed, every document
     * there is, and the problems of the last look (errors mean the page still shows an older build).
     */
    record State(int generation, List<String> changed, List<String> documents, List<String> errors,
            List<String> warnings) {}

    private final Sources sources;
    private final CatalogLoader loader = new CatalogLoader();

    private FileStamps catalogStamps;
    private FileStamps templateStamps;
    private FileStamps referenceStamps;

    private Renderer renderer;
    private List<String> templateErrors = List.of();
    private Map<String, Exporter> exporters;
    private List<String> exporterErrors = List.of();
    private Map<String, Catalog> catalogs = Map.of();
    /**
     * The logos the catalog named when it last loaded: still watched while the catalog has errors
     * (a broken logo is one), so that mending the logo alone renders again.
     */
    private List<Path> logos = List.of();
    private List<String> catalogErrors = List.of();
    private List<String> catalogWarnings = List.of();

    /**
     * Templates or the reference document changed since the last good build: every document looks
     * different, even one whose XHTML is the same (a build that failed in between does not forget it).
     */
    private boolean layoutChanged;
    private volatile PreviewBuild current;
    private volatile State state = new State(0, List.of(), List.of(), List.of(), List.of());

    PreviewWorkspace(Sources sources) {
        this.sources = sources;
    }

    /** The last good build, or null before the first. */
    PreviewBuild current() {
        return current;
    }

    State state() {
        return state;
    }

    /**
     * Looks at the files and builds again if any changed since the last look.
     *
     * @return whether it did (the state is new)
     */
    synchronized boolean refresh() throws InterruptedException {
        if (look().equals(Arrays.asList(catalogStamps, templateStamps, referenceStamps))) {
            return false;
        }
        // An editor may write a file in more than one step; it is read once it holds still.
        List<FileStamps> now = settled(this::look);
        boolean catalogChanged = !now.get(0).equals(catalogStamps);
        boolean templatesChanged = !now.get(1).equals(templateStamps);
        boolean referenceChanged = !now.get(2).equals(referenceStamps);
        catalogStamps = now.get(0);
        templateStamps = now.get(1);
        referenceStamps = now.get(2);
        if (templatesChanged) {
            readTemplates();
        }
        if (templatesChanged || referenceChanged) {
            readExporters();
        }
        if (catalogChanged) {
            readCatalogs();
            // The logo the catalog now names is watched from here on.
            catalogStamps = catalogStamps();
        }
        layoutChanged |= templatesChanged || referenceChanged;
        build();
        return true;
    }

    /** The catalog's, the template folder's and the reference document's stamps, in that order. */
    private List<FileStamps> look() {
        return List.of(catalogStamps(), FileStamps.of(List.of(), sources.templates()),
                FileStamps.of(Collections.singletonList(sources.reference()), null));
    }

    private void build() {
        List<String> errors = new ArrayList<>();
        errors.addAll(catalogErrors);
        errors.addAll(templateErrors);
        errors.addAll(exporterErrors);
        PreviewBuild previous = current;
        if (errors.isEmpty()) {
            RenderOptions base = new RenderOptions(DocumentKind.HANDBOOK, null, sources.paper(), List.of(), List.of(), null,
                    null, sources.catalogFile() == null ? null : sources.catalogFile().toAbsolutePath().getParent());
            try {
                ExportOptions exportOptions = new ExportOptions(false, Instant.now(), sources.reference(), false);
                PreviewBuild made = PreviewBuild.make(previous == null ? 1 : previous.generation() + 1, catalogs, renderer,
                        base, exporters, exportOptions);
                current = made;
                List<String> warnings = new ArrayList<>(catalogWarnings);
                warnings.addAll(made.warnings());
                state = new State(made.generation(), made.changedSince(previous, layoutChanged),
                        List.copyOf(made.documents().keySet()), List.of(), warnings);
                layoutChanged = false;
                return;
            } catch (RuntimeException e) {
                errors.add(message(e));
            }
        }
        state = new State(previous == null ? 0 : previous.generation(), List.of(),
                previous == null ? List.of() : List.copyOf(previous.documents().keySet()), errors, catalogWarnings);
    }

    private void readTemplates() {
        templateErrors = List.of();
        try {
            renderer = sources.templates() == null ? Renderer.builtIn()
                    : new Renderer(TemplateResources.withUserFolder(sources.templates()));
            List<String> errors = new ArrayList<>();
            for (DocumentKind kind : DocumentKind.values()) {
                try {
                    renderer.check(kind);
                } catch (RuntimeException e) {
                    errors.add(message(e));
                }
            }
            templateErrors = errors;
        } catch (RuntimeException e) {
            renderer = null;
            templateErrors = List.of(message(e));
        }
    }

    /** New exporters: they keep what they parsed of the templates and the reference document. */
    private void readExporters() {
        exporters = new LinkedHashMap<>();
        if (sources.reference() != null && FileKind.of(sources.reference()).isNotAFile()) {
            exporterErrors = List.of(notAFile(sources.reference(), "reference document"));
            return;
        }
        List<String> errors = new ArrayList<>();
        ExportOptions options = new ExportOptions(false, Instant.now(), sources.reference(), false);
        for (Exporter exporter : Exporters.fresh()) {
            try {
                exporter.prepare(options);
            } catch (ExportException e) {
                errors.add(e.getMessage());
            }
            exporters.put(exporter.format(), exporter);
        }
        exporterErrors = errors;
    }

    private void readCatalogs() {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Catalog> read = new LinkedHashMap<>();
        // A missing catalog is the loader's to report, as for any command.
        if (sources.catalogFile() != null && FileKind.of(sources.catalogFile()).isNotAFile()) {
            errors.add(notAFile(sources.catalogFile(), "catalog"));
        } else if (sources.catalogFile() != null) {
            LoadResult result = loader.load(sources.catalogFile());
            for (Problem problem : result.problems()) {
                (problem.isError() ? errors : warnings).add(problem.toString());
            }
            result.catalog().filter(c -> !result.hasErrors()).ifPresent(catalog -> read.put(
                    sources.language() != null ? sources.language() : catalog.language().split("-")[0], catalog));
        } else {
            List<BundledCatalogs.Edition> editions = BundledCatalogs.editions().stream()
                    .filter(e -> e.id().equals(sources.bundledId())).toList();
            List<BundledCatalogs.Edition> chosen = editions.stream()
                    .filter(e -> sources.language() == null || e.language().equals(sources.language())).toList();
            for (BundledCatalogs.Edition edition : chosen.isEmpty() ? editions.subList(0, 1) : chosen) {
                LoadResult result = loader.load(edition);
                result.problems().stream().filter(Problem::isError).forEach(p -> errors.add(p.toString()));
                result.catalog().ifPresent(catalog -> read.put(
                        sources.language() != null ? sources.language() : edition.language(), catalog));
            }
        }
        catalogs = read;
        if (!read.isEmpty()) {
            logos = logos(read);
        }
        catalogErrors = errors;
        catalogWarnings = warnings;
    }

    /** The catalog file and the logo it names, which a build reads too. */
    private FileStamps catalogStamps() {
        List<Path> files = new ArrayList<>();
        files.add(sources.catalogFile());
        files.addAll(logos);
        return FileStamps.of(files, null);
    }

    private List<Path> logos(Map<String, Catalog> read) {
        List<Path> files = new ArrayList<>();
        if (sources.catalogFile() != null) {
            Path folder = sources.catalogFile().toAbsolutePath().getParent();
            for (Catalog catalog : read.values()) {
                if (catalog.organization() != null && catalog.organization().logo() != null) {
                    try {
                        files.add(folder.resolve(catalog.organization().logo()).normalize());
                    } catch (java.nio.file.InvalidPathException e) {
                        // The loader reports a logo path that is not one.
                    }
                }
            }
        }
        return List.copyOf(files);
    }

    /** A watched path that is not a file: shown as the problem it is, and never opened. */
    private static String notAFile(Path path, String what) {
        return path + ": the " + what + " is " + FileKind.of(path).words() + ", not a file; the preview reads files only";
    }

    private static <T> T settled(Supplier<T> look) throws InterruptedException {
        T seen = look.get();
        for (int i = 0; i < SETTLE_TRIES; i++) {
            Thread.sleep(SETTLE_MILLIS);
            T again = look.get();
            if (again.equals(seen)) {
                return again;
            }
            seen = again;
        }
        return seen;
    }

    private static String message(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : "internal error: " + e;
    }
}
