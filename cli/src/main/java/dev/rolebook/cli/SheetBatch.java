package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.RenderException;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Role sheets for every row of an employee list, rendered on all cores. The list is read twice:
 * once for the file names (so that two rows sharing a name both fail, and neither overwrites the
 * other), then row by row into a bounded queue of work, so memory stays small however long the
 * list is. A bad row is reported at its line and skipped; the others are written.
 */
final class SheetBatch {
    /** Everything a batch needs from the command line. */
    record Settings(Path csv, String namePattern, boolean merge, boolean skipExisting, boolean staleOnly, Path out,
            List<Exporter> exporters, Catalog catalog, Renderer renderer, RenderOptions base,
            ExportOptions exportOptions, String language) {}

    private final Settings settings;
    private final Console console;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    /** Rows left out by --stale-only: their employee signed the current text. */
    private final AtomicInteger current = new AtomicInteger();
    private final SignedVersion signedVersions;
    /** For changes sheets: the role versions of the earlier catalog they state the changes since. */
    private final SignedVersion previousVersions;
    private final Map<Long, Path> mergedByRow = new ConcurrentSkipListMap<>();
    private final SheetIdentity identity;
    /** The chosen format that joins sheets into one file to print, when --merge asks for it. */
    private final Exporter merger;

    SheetBatch(Settings settings, Console console) {
        this.identity = new SheetIdentity(settings.exportOptions());
        this.merger = settings.merge() ? settings.exporters().stream().filter(Exporter::merges).findFirst().orElseThrow()
                : null;
        this.settings = settings;
        this.console = console;
        boolean changes = settings.base().kind() == dev.rolebook.templates.DocumentKind.CHANGES;
        this.signedVersions = settings.staleOnly() || changes ? new SignedVersion(settings.catalog()) : null;
        this.previousVersions = changes ? new SignedVersion(settings.base().previous()) : null;
    }

    int run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        String pattern;
        Map<String, List<Long>> names = new HashMap<>();
        long rows = 0;
        try (EmployeeCsv csv = EmployeeCsv.open(settings.csv())) {
            pattern = settings.namePattern() != null ? settings.namePattern()
                    : csv.header().contains("contract_number") ? SheetName.WITH_CONTRACTS : SheetName.WITHOUT_CONTRACTS;
            if (settings.namePattern() == null && settings.base().kind() == dev.rolebook.templates.DocumentKind.CHANGES) {
                // Beside the sheets in the same folder, not over them.
                pattern += "-changes";
            }
            if (settings.staleOnly() && !csv.header().contains(SignedVersion.COLUMN)) {
                console.warning("--stale-only: " + settings.csv() + " has no " + SignedVersion.COLUMN + " column, so no one is"
                        + " known to have signed; every row gets a sheet");
            }
            for (EmployeeCsv.Row row : csv) {
                rows++;
                String name = nameOrNull(pattern, row);
                if (name != null) {
                    names.computeIfAbsent(SheetName.key(name), n -> new ArrayList<>()).add(row.line());
                }
            }
        }
        // Stopped (Ctrl-C, a kill): say what was done, so the user knows to resume with --skip-existing.
        long total = rows;
        Progress progress = Progress.of(rows, console);
        Thread interrupted = new Thread(() -> {
            progress.close();
            console.error(String.format("interrupted: %d written, %d skipped, %d failed of %d rows; run the same command"
                    + " with --skip-existing to write the rest", written.get(), skipped.get(), failed.get(), total));
        }, "rolebook batch summary");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try (progress) {
            return work(pattern, names, progress, started);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs, as it should.
            }
        }
    }

    private int work(String pattern, Map<String, List<Long>> names, Progress progress, long started)
            throws IOException, InterruptedException {
        // One worker more than cores: each file waits for its fsync, and the extra worker keeps
        // the cores busy meanwhile (1,000 DOCX sheets on 2 cores: about 92 -> 110/s).
        int threads = Runtime.getRuntime().availableProcessors() + 1;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Semaphore queue = new Semaphore(threads * 4);
        // Read a second time: the first reading checked its encoding.
        try (EmployeeCsv csv = EmployeeCsv.open(settings.csv(), false)) {
            for (EmployeeCsv.Row row : csv) {
                SheetRow sheet;
                String name;
                try {
                    sheet = SheetRow.of(row, settings.catalog());
                    name = SheetName.of(pattern, row.number(), row.cells());
                    List<Long> sharing = names.getOrDefault(SheetName.key(name), List.of());
                    if (sharing.size() > 1) {
                        throw new IllegalArgumentException("its file name '" + name + "' is also that of the row"
                                + (sharing.size() > 2 ? "s" : "") + " at line " + others(sharing, row.line())
                                + "; make the names unique (contract numbers, or another --name)");
                    }
                    if (settings.merge() && SheetName.key(name).equals(SheetName.key(mergedStem()))) {
                        throw new IllegalArgumentException("its file name '" + name + "' is that of the merged file of"
                                + " all sheets, which would replace it; choose another --name");
                    }
                } catch (IllegalArgumentException e) {
                    fail(row.line(), e.getMessage(), progress);
                    continue;
                }
                String unknown = changesUnknown(sheet, row.cells().get(SignedVersion.COLUMN));
                if (unknown != null) {
                    fail(row.line(), unknown, progress);
                    continue;
                }
                if (settings.staleOnly() && signedVersions.of(sheet.role(), row.cells().get(SignedVersion.COLUMN))
                        == SignedVersion.State.CURRENT) {
                    current.incrementAndGet();
                    progress.step();
                    continue;
                }
                queue.acquire();
                workers.execute(() -> {
                    try {
                        write(sheet, name);
                    } catch (RuntimeException e) {
                        // A worker must not die silently: the row counts as failed, with the reason.
                        fail(sheet.line(), String.valueOf(e.getMessage()), null);
                    } catch (StackOverflowError e) {
                        fail(sheet.line(), "its sheet could not be made: the template nests too deep"
                                + " (a macro or include that calls itself?)", null);
                    } catch (OutOfMemoryError e) {
                        fail(sheet.line(), "its sheet could not be made: out of memory; give Java more"
                                + " (ROLEBOOK_JAVA_OPTS=-Xmx2g) or make the row's texts shorter", null);
                    } catch (Error e) {
                        // Any other Error still fails this row, in words, rather than losing it from the count.
                        fail(sheet.line(), "its sheet could not be made: " + e, null);
                    } finally {
                        queue.release();
                        progress.step();
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(365, TimeUnit.DAYS);
        } finally {
            workers.shutdownNow();
        }
        progress.close();
        boolean merged = !settings.merge() || merge();
        double seconds = (System.nanoTime() - started) / 1e9;
        console.result(String.format("sheets: %d written, %d skipped (already there), %d failed%s; %.1f s, %.1f documents/s",
                written.get(), skipped.get(), failed.get(), !settings.staleOnly() ? ""
                        : ", " + current.get() + " left out (signed the current text)",
                seconds, written.get() / Math.max(seconds, 0.001)));
        return failed.get() == 0 && merged ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private void write(SheetRow sheet, String name) {
        XhtmlDocument document;
        try {
            document = settings.renderer().render(settings.catalog(),
                    settings.base().withRole(sheet.role()).withEmployee(sheet.employee())).document();
        } catch (RenderException e) {
            fail(sheet.line(), e.getMessage(), null);
            return;
        }
        byte[] digest = identity.of(document);
        for (Exporter exporter : settings.exporters()) {
            Path file = OutputName.resolve(settings.out(), name + "." + exporter.format());
            String identifier = identity.of(digest, exporter.format());
            try {
                if (settings.skipExisting() && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    String notThisRow = identity.mismatch(exporter, file, identifier);
                    if (notThisRow != null) {
                        fail(sheet.line(), file.getFileName() + " is already there but " + notThisRow + "; move it"
                                + " away, or run without --skip-existing to write it anew", null);
                        continue;
                    }
                    skipped.incrementAndGet();
                } else {
                    ExportOptions options = settings.exportOptions().withIdentifier(identifier);
                    AtomicFile.write(file, out -> exporter.export(document, options, out));
                    written.incrementAndGet();
                }
                if (exporter == merger) {
                    mergedByRow.put(sheet.number(), file);
                }
            } catch (ExportException | IOException e) {
                if (AtomicFile.stopping()) {
                    // Not a failure of this row: the run was stopped while it was written, and the
                    // summary of the interrupted run counts it among those left to write.
                    return;
                }
                fail(sheet.line(), file.getFileName() + " not written: " + e.getMessage(), null);
            }
        }
    }

    /**
     * Writes the merged file; whether it was written. A failure here (a full disk, say) is reported
     * as the merged file's own, and the sheets already written are still counted in the summary.
     */
    private boolean merge() {
        if (mergedByRow.isEmpty()) {
            console.warning("--merge: no " + merger.format().toUpperCase() + " sheet was written, so there is nothing to merge");
            return true;
        }
        Path merged = OutputName.resolve(settings.out(), mergedStem() + "." + merger.format());
        try {
            String title = settings.renderer().bundleTitle(settings.catalog(), settings.base().kind(), settings.language());
            AtomicFile.write(merged, out -> merger.merge(new ArrayList<>(mergedByRow.values()),
                    title, settings.exportOptions(), out));
        } catch (IOException | RuntimeException e) {
            console.error(OutputName.display(merged) + " not written: " + Reasons.of(e));
            return false;
        }
        console.result("wrote " + OutputName.display(merged) + " (" + mergedByRow.size()
                + (mergedByRow.size() == 1 ? " sheet" : " sheets") + " merged for printing)");
        return true;
    }

    /** The merged file's name without its extension. */
    private String mergedStem() {
        // Changes sheets merge beside the sheets' own bundle, not over it.
        String kind = settings.base().kind() == dev.rolebook.templates.DocumentKind.CHANGES ? "changes" : "sheets";
        String name = OutputName.of(settings.catalog().id(), settings.language(), kind, null, "x");
        return name.substring(0, name.lastIndexOf('.'));
    }

    private void fail(long line, String message, Progress progress) {
        failed.incrementAndGet();
        console.error(settings.csv() + ":" + line + ": " + message);
        if (progress != null) {
            progress.step();
        }
    }

    /**
     * Why a changes sheet cannot be made for a row, or null: it states the changes since the
     * earlier catalog, so the text the employee signed must be that catalog's (when the list says
     * which they signed), and someone who never signed needs the role sheet itself.
     */
    private String changesUnknown(SheetRow sheet, String signed) {
        if (previousVersions == null || signed == null) {
            return null;
        }
        if (signed.isBlank()) {
            return "never signed (no " + SignedVersion.COLUMN + "): give them the role sheet (--kind sheet), not a changes"
                    + " sheet";
        }
        String before = previousVersions.current(sheet.role());
        if (previousVersions.of(sheet.role(), signed) != SignedVersion.State.CURRENT
                && signedVersions.of(sheet.role(), signed) != SignedVersion.State.CURRENT) {
            return "signed version " + signed.strip() + ", but the earlier catalog (--since) has "
                    + (before == null ? "no such role" : "version " + before) + ": the changes since what they signed"
                    + " are not known; name the catalog they signed with --since";
        }
        return null;
    }

    private static String nameOrNull(String pattern, EmployeeCsv.Row row) {
        try {
            return row.broken() == null ? SheetName.of(pattern, row.number(), row.cells()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String others(List<Long> lines, long self) {
        return String.join(", ", lines.stream().filter(l -> l != self).map(String::valueOf).toList());
    }
}
