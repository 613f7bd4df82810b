package dev.rolebook.cli;

import dev.rolebook.model.Suggestions;
import dev.rolebook.templates.Paper;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "preview", sortOptions = false,
        description = {"Show the catalog's documents in a web browser, made again each time the catalog, a template, a"
                + " stylesheet, a label file or the reference document is saved.",
            "Serves http://127.0.0.1:PORT/ to this machine only; Ctrl-C stops it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  cd my-roles && rolebook preview",
            "      in a folder rolebook init made, whose " + ProjectFile.NAME + " names the catalog and templates:",
            "      open the address it prints; save a file and the page follows",
            "  rolebook preview --catalog roles.yaml --templates my-templates",
            "      the same, naming the files",
            "  rolebook preview --port 0",
            "      on any free port (it prints which)",
            "",
            ExitCodes.HELP_SECTION})
final class PreviewCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8790;
    /** How often the files are looked at: a save shows within a few of these. */
    private static final long LOOK_MILLIS = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ProjectOption project;

    @Option(names = "--catalog", completionCandidates = Completions.Catalogs.class, paramLabel = "PATH|ID", defaultValue = CatalogSource.DEFAULT_ID,
            description = "A catalog file (YAML or JSON) or a bundled catalog's id. Default: ${DEFAULT-VALUE}.")
    String catalog;

    @Mixin
    LayoutOptions layout;

    @Option(names = "--lang", completionCandidates = Completions.Languages.class, paramLabel = "LANG",
            description = "Language of the labels, and the edition of a bundled catalog. Default: the catalog's language"
                    + " (every edition of a bundled catalog).")
    String language;

    @Option(names = "--paper", completionCandidates = Completions.Papers.class, paramLabel = "A4|A5|LETTER", description = "Page size. Default: ${DEFAULT-VALUE}.",
            defaultValue = "A4")
    String paper;

    @Option(names = "--port", paramLabel = "N",
            description = "Port on 127.0.0.1 to serve on; 0 for any free one. Default: ${DEFAULT-VALUE}.",
            defaultValue = "" + DEFAULT_PORT)
    int port;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet);
        Logging.routeTo(console);
        PreviewWorkspace workspace = new PreviewWorkspace(sources());
        PreviewServer server;
        try {
            server = new PreviewServer(workspace, new PreviewPages(title(), watched()), port);
        } catch (BindException e) {
            throw new UserError("port " + port + " on 127.0.0.1 is taken (another rolebook preview?); choose another with"
                    + " --port, or --port 0 for any free one");
        }
        workspace.refresh();
        report(workspace.state(), console, "");
        ScheduledExecutorService looking = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rolebook-preview-files");
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            looking.shutdownNow();
            server.close();
            spec.commandLine().getErr().println("preview stopped");
            spec.commandLine().getErr().flush();
            stopped.countDown();
        }, "rolebook-preview-stop"));
        server.start();
        looking.scheduleWithFixedDelay(() -> look(workspace, server, console), LOOK_MILLIS, LOOK_MILLIS,
                TimeUnit.MILLISECONDS);
        // The address is what the command is for: printed even with --quiet.
        spec.commandLine().getOut().println("rolebook preview: " + server.address() + " (Ctrl-C stops it)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static void look(PreviewWorkspace workspace, PreviewServer server, Console console) {
        try {
            long start = System.nanoTime();
            if (workspace.refresh()) {
                server.publish();
                report(workspace.state(), console, " in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | OutOfMemoryError e) {
            // The preview goes on: the next save may well render.
            console.error("the preview could not look at the files: " + e);
        }
    }

    private static void report(PreviewWorkspace.State state, Console console, String took) {
        String time = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        if (!state.errors().isEmpty()) {
            state.errors().forEach(console::error);
            console.result(time + " " + state.errors().size() + (state.errors().size() == 1 ? " problem" : " problems")
                    + "; the page shows " + (state.errors().size() == 1 ? "it" : "them")
                    + (state.generation() == 0 ? "" : " above the last good render"));
        } else {
            console.result(time + " rendered: " + state.changed().size() + " of " + state.documents().size()
                    + " documents changed" + took);
        }
    }

    private PreviewWorkspace.Sources sources() {
        Path file = CatalogSource.file(catalog);
        if (layout.templates != null && !Files.isDirectory(layout.templates)) {
            throw new UserError("--templates " + layout.templates + " is not a folder");
        }
        FileKind reference = layout.referenceDoc == null ? FileKind.FILE : FileKind.of(layout.referenceDoc);
        if (reference != FileKind.FILE) {
            throw new UserError("--reference-doc " + layout.referenceDoc
                    + (reference == FileKind.MISSING ? " does not exist" : " is " + reference.words() + ", not a file"));
        }
        if (port < 0 || port > 65_535) {
            throw new UserError("--port must be a port number from 0 to 65535, not " + port);
        }
        if (language != null) {
            List<String> languages = layout.renderer().languages();
            if (!languages.contains(language)) {
                throw new UserError("--lang must be one of the label languages (" + String.join(", ", languages)
                        + "), not '" + language + "'" + Suggestions.didYouMean(language, languages));
            }
        }
        Paper size = ExportCommand.choice(Paper.class, paper, "--paper");
        return new PreviewWorkspace.Sources(file, file == null ? catalog : null, language, layout.templates,
                layout.referenceDoc, size);
    }

    private List<String> watched() {
        List<String> files = new java.util.ArrayList<>();
        if (CatalogSource.file(catalog) != null) {
            files.add(catalog + " (and its logo)");
        }
        if (layout.templates != null) {
            files.add("the templates, stylesheets and labels in " + layout.templates);
        }
        if (layout.referenceDoc != null) {
            files.add(layout.referenceDoc.toString());
        }
        return files;
    }

    private String title() {
        Path file = CatalogSource.file(catalog);
        return file == null ? catalog + " (bundled)" : file.getFileName().toString();
    }
}
