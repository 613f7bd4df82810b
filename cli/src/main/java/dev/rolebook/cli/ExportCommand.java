package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Role;
import dev.rolebook.model.Suggestions;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Paper;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.templates.Selection;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import dev.rolebook.xhtml.export.Exporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", sortOptions = false,
        description = {"Render a catalog as documents: a training handbook, job postings or contract role sheets.",
            "With no options: the bundled catalog business-world (Armenian) as a handbook PDF in ./out/."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook export",
            "      the bundled handbook: out/business-world.hy.handbook.pdf",
            "  rolebook export --kind posting --role account-manager --lang en",
            "      a job posting to edit in Word: out/business-world.en.posting.account-manager.docx",
            "  rolebook export --paper A5 --booklet",
            "      a training booklet to print double-sided and staple in the middle:",
            "      out/business-world.hy.handbook.booklet.pdf (the handbook's own file stays)",
            "  rolebook export --kind sheet --department sales --format pdf --format docx",
            "      a contract role sheet for each sales role, as PDF and DOCX",
            "  rolebook export --catalog roles.yaml --templates my-templates --reference-doc company.docx",
            "      your own catalog, templates and Word styles",
            "  rolebook export --catalog - --kind posting --role clerk -o clerk.html",
            "      the catalog from standard input (a pipe), the one document to clerk.html",
            "",
            ExitCodes.HELP_SECTION})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ProjectOption project;

    @Option(names = "--catalog", completionCandidates = Completions.Catalogs.class, paramLabel = "PATH|ID",
            description = "A catalog file (YAML or JSON), - to read it (YAML or JSON) from standard input, or a bundled"
                    + " catalog's id. Default: ${DEFAULT-VALUE}.",
            defaultValue = CatalogSource.DEFAULT_ID)
    String catalog;

    @Option(names = "--lang", completionCandidates = Completions.Languages.class, paramLabel = "LANG",
            description = "Language of the labels (hy, en, ru, or any labels/labels_LANG.properties of --templates), and the"
                    + " edition of a bundled catalog. Default: the catalog's language.")
    String language;

    @Option(names = "--kind", completionCandidates = Completions.Kinds.class, paramLabel = "KIND",
            description = "handbook, posting, sheet, or changes (what changed in a role --since an earlier catalog, to"
                    + " sign as an amendment). Default: ${DEFAULT-VALUE}.", defaultValue = "handbook")
    String kind;

    @Option(names = "--since", completionCandidates = Completions.Catalogs.class, paramLabel = "PATH|ID",
            description = "With --kind changes: the earlier catalog (the text employees signed). Without --role or"
                    + " --employees, a changes sheet for each role that changed.")
    String since;

    @Option(names = "--format", completionCandidates = Completions.Formats.class, paramLabel = "FORMAT",
            description = "pdf, docx or html; repeat for several. Default: pdf (docx for postings).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ID", description = "Only this role (repeatable). Postings and sheets: one file per role.")
    List<String> roles = new ArrayList<>();

    @Option(names = "--department", paramLabel = "ID", description = "Only the roles of this department (repeatable).")
    List<String> departments = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write to. Default: ${DEFAULT-VALUE}.",
            defaultValue = "out")
    Path out;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the run's one document to FILE instead of into --out under its own name (without"
                    + " --format, FILE's extension picks the format). Only for a run that makes exactly one document.")
    Path output;

    @Mixin
    LayoutOptions layout;

    @Option(names = "--paper", completionCandidates = Completions.Papers.class, paramLabel = "A4|A5|LETTER", description = "Page size. Default: A4 (A5 with --booklet).")
    String paper;

    @Option(names = "--booklet", description = "Impose the PDF for saddle-stitch printing: A5 pages on A4 sheets"
            + " (A4 pages on A3 with --paper A4), as NAME.booklet.pdf.")
    boolean booklet;

    @Option(names = "--employees", paramLabel = "CSV",
            description = "Role sheets for every row of this employee list (columns role, name; optional contract_number,"
                    + " contract_date, start_date, manager, and any of your own).")
    Path employees;

    @Option(names = "--name", paramLabel = "PATTERN",
            description = "File names for --employees sheets, from columns: default {contract_number}-{role}, or {row}-{role}"
                    + " when the list has no contract numbers.")
    String namePattern;

    @Option(names = "--merge", description = "With --employees: also one PDF of all sheets, to print in one go.")
    boolean merge;

    @Option(names = "--skip-existing", description = "With --employees: leave sheets that an earlier run wrote whole for the same row (resume a run).")
    boolean skipExisting;

    @Option(names = "--stale-only", description = "With --employees: only the rows whose signed_version is not their"
            + " role's current version (see rolebook status): the sheets to sign again.")
    boolean staleOnly;

    @Option(names = "--pdfa", description = "Write PDF/A (3b for role sheets, which carry their record; 2b otherwise), for documents archived for years.")
    boolean pdfa;

    @Option(names = "--reproducible",
            description = "Same catalog, same bytes: date the documents when the catalog file last changed instead of now"
                    + " (SOURCE_DATE_EPOCH, when set, fixes the date for every run).")
    boolean reproducible;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet);
        Logging.routeTo(console);
        DocumentKind documentKind = choice(DocumentKind.class, kind, "--kind");
        // A booklet is folded: its pages are half the sheet the printer takes, A5 for the office's A4.
        Paper pageSize = choice(Paper.class, paper != null ? paper : booklet ? "A5" : "A4", "--paper");
        List<Exporter> exporters = exporters(documentKind);
        checkCombinations(exporters);
        Renderer renderer = layout.renderer();
        checkLanguage(renderer.languages());
        checkBatchOptions(documentKind, exporters);
        checkOutput();
        if (output == null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out " + out + " is a file, not a folder; name a folder to write the documents into");
        }

        CatalogSource.Loaded loaded = CatalogSource.load(catalog, language, new CatalogLoader(), console);
        Catalog source = loaded.catalog();
        Catalog previous = previous(documentKind, loaded, console);
        renderer.check(documentKind);
        Reproducible time = Reproducible.choose(System.getenv("SOURCE_DATE_EPOCH"), reproducible, loaded::modified);
        String labels = language != null ? language : source.language().split("-")[0];
        RenderOptions base = new RenderOptions(documentKind, language, pageSize, departments, List.of(), time.date(), null,
                loaded.folder(), previous);
        // Without --paper, a DOCX keeps its reference document's page size (A4 stays the PDF's default).
        ExportOptions exportOptions = new ExportOptions(booklet, time.instant(), layout.referenceDoc, pdfa)
                .withPaperStated(paper != null);
        prepare(exporters, exportOptions);
        if (exporters.stream().anyMatch(e -> e.format().equals("docx"))) {
            DocxLookNotice.of(layout.templates, layout.referenceDoc != null).ifPresent(console::warning);
        }
        removeStaleFiles(console);

        if (employees != null) {
            return runBatch(source, renderer, base, exportOptions, labels, exporters, console);
        }
        List<RenderOptions> documents = new ArrayList<>();
        if (documentKind == DocumentKind.HANDBOOK) {
            documents.add(base.withRoles(roles));
        } else {
            List<Role> chosen = Selection.roles(source, departments, roles);
            if (documentKind == DocumentKind.CHANGES && roles.isEmpty()) {
                chosen = changedOnly(chosen, previous, source, console);
            }
            for (Role role : chosen) {
                documents.add(base.withDepartments(List.of()).withRole(role.id()));
            }
        }
        if (output != null && documents.size() * exporters.size() != 1) {
            int files = documents.size() * exporters.size();
            throw new UserError("-o names one file, and this run makes " + files + (files == 1 ? " file (" : " files (")
                    + documents.size() + (documents.size() == 1 ? " document, " : " documents, ") + exporters.size()
                    + (exporters.size() == 1 ? " format" : " formats") + "); choose one role (--role) and one format"
                    + " (--format), or leave out -o to write them into --out");
        }
        return new DocumentRun(source, renderer, exporters, exportOptions, out, output, console).write(documents);
    }

    /**
     * -o names one plain file that the run replaces whole: it goes with neither a folder (--out) nor a
     * batch, is no link, pipe or device, no input of the run, and its extension is the format written.
     */
    private void checkOutput() {
        if (output == null) {
            return;
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--out")) {
            throw new UserError("-o names the file to write and --out the folder for files named by rolebook; give one");
        }
        if (employees != null) {
            throw new UserError("-o names one file, and --employees makes a sheet for every row; leave out -o and name"
                    + " the folder with --out");
        }
        if (output.toString().equals(CatalogSource.STDIN)) {
            throw new UserError("-o names a file to write; '-' stands for standard input, and only for catalogs");
        }
        if (Files.isSymbolicLink(output)) {
            throw new UserError("-o " + output + " is a link; name the file itself, which rolebook replaces whole");
        }
        FileKind kind = FileKind.of(output);
        if (kind == FileKind.FOLDER) {
            throw new UserError("-o " + output + " is a folder; name the file to write, or use --out " + output);
        } else if (kind.isNotAFile()) {
            throw new UserError("-o " + output + " is " + kind.words() + ", not a file; rolebook writes a file whole"
                    + " and renames it into place, which would replace it");
        }
        for (String input : java.util.Arrays.asList(catalog, since)) {
            if (input != null && !CatalogSource.STDIN.equals(input) && sameFile(output, Path.of(input))) {
                throw new UserError("-o " + output + " is the catalog " + input + " itself, which the document would"
                        + " replace; name another file");
            }
        }
        if (layout.referenceDoc != null && sameFile(output, layout.referenceDoc)) {
            throw new UserError("-o " + output + " is the reference document itself, which the document would"
                    + " replace; name another file");
        }
        if (layout.templates != null && output.toAbsolutePath().normalize()
                .startsWith(layout.templates.toAbsolutePath().normalize())) {
            throw new UserError("-o " + output + " lies in the template folder " + layout.templates
                    + ", whose files the document would replace; name a file outside it");
        }
        String extension = outputFormat();
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        if (extension == null && formats.isEmpty()) {
            throw new UserError("-o " + output + ": its name ends in no format rolebook writes ("
                    + String.join(", ", Exporters.formats()) + "); end it so, or give --format");
        } else if (extension == null && name.contains(".")) {
            throw new UserError("-o " + output + " ends in ." + name.substring(name.lastIndexOf('.') + 1)
                    + ", which is no format rolebook writes; end it ." + formats.get(0));
        } else if (extension != null && !formats.isEmpty() && !formats.contains(extension)) {
            throw new UserError("-o " + output + " ends in ." + extension + " but --format asks for "
                    + String.join(", ", formats) + "; make them agree");
        }
    }

    private static boolean sameFile(Path one, Path other) {
        try {
            return Files.exists(one) && Files.exists(other) && Files.isSameFile(one, other);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The folder the run writes into: --out, or the folder of the file -o names. */
    private Path folder() {
        return output == null ? out : output.toAbsolutePath().getParent();
    }

    /** The earlier catalog a changes sheet compares with; --since goes with --kind changes only. */
    private Catalog previous(DocumentKind documentKind, CatalogSource.Loaded now, Console console) {
        if (documentKind != DocumentKind.CHANGES) {
            if (since != null) {
                throw new UserError("--since names the earlier catalog of a changes sheet; add --kind changes");
            }
            return null;
        }
        if (since == null) {
            throw new UserError("a changes sheet says what changed since an earlier catalog; name it with --since OLD"
                    + " (a catalog file, or a bundled catalog's id)");
        }
        if (CatalogSource.STDIN.equals(since) && CatalogSource.STDIN.equals(catalog)) {
            throw new UserError("standard input can be read once: --catalog and --since cannot both be '-'");
        }
        // What the earlier catalog lacks (a role without pitfalls) is not this run's to say.
        Console errorsOnly = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), true);
        String nowName = catalog == null ? CatalogSource.DEFAULT_ID : catalog;
        return CatalogSource.loadToCompare(since, now, nowName, new CatalogLoader(), errorsOnly).catalog();
    }

    /** The roles whose text changed: a changes sheet for an unchanged role says nothing. */
    private static List<Role> changedOnly(List<Role> roles, Catalog previous, Catalog source, Console console) {
        java.util.Set<String> changed = new java.util.HashSet<>();
        dev.rolebook.model.diff.CatalogDiff.between(previous, source).stream()
                .filter(r -> r.status() == dev.rolebook.model.diff.CatalogDiff.Status.CHANGED)
                .forEach(r -> changed.add(r.id()));
        List<Role> kept = roles.stream().filter(r -> changed.contains(r.id())).toList();
        if (kept.isEmpty()) {
            console.warning("no role of the selection changed since the earlier catalog; no changes sheet to write");
        }
        return kept;
    }

    private void removeStaleFiles(Console console) {
        try {
            int removed = AtomicFile.removeStale(folder());
            if (removed > 0) {
                console.warning("removed " + removed + " unfinished file" + (removed == 1 ? "" : "s")
                        + " that an interrupted run left in " + folder());
            }
        } catch (java.io.IOException e) {
            // Only tidying: a folder that cannot be listed is reported when the documents are written.
        }
    }

    private List<Exporter> exporters(DocumentKind documentKind) {
        List<String> wanted = !formats.isEmpty() ? List.copyOf(new LinkedHashSet<>(formats))
                : outputFormat() != null ? List.of(outputFormat())
                : List.of(documentKind == DocumentKind.POSTING ? "docx" : "pdf");
        List<Exporter> exporters = new ArrayList<>();
        for (String format : wanted) {
            exporters.add(Exporters.forFormat(format.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UserError(
                    "unknown format '" + format + "'" + Suggestions.didYouMean(format, Exporters.formats())
                            + " (formats: " + String.join(", ", Exporters.formats()) + ")")));
        }
        return exporters;
    }

    /** The format -o's file name ends in ({@code clerk.html}: html), when it is one rolebook writes; else null. */
    private String outputFormat() {
        if (output == null || output.getFileName() == null) {
            return null;
        }
        String name = output.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return name.contains(".") && Exporters.forFormat(extension).isPresent() ? extension : null;
    }

    private static void prepare(List<Exporter> exporters, ExportOptions exportOptions) {
        for (Exporter exporter : exporters) {
            try {
                exporter.prepare(exportOptions);
            } catch (ExportException e) {
                throw new UserError(e.getMessage() + "; nothing was written");
            }
        }
    }

    private void checkCombinations(List<Exporter> exporters) {
        if (booklet) {
            honoured(exporters, "booklet", "--booklet imposes PDF pages");
        }
        if (layout.referenceDoc != null) {
            honoured(exporters, "referenceDocx", "--reference-doc styles DOCX output");
        }
    }

    /** Refuses an option that none of the chosen formats honours, naming the formats that do. */
    private static void honoured(List<Exporter> chosen, String option, String what) {
        if (chosen.stream().noneMatch(e -> e.options().contains(option))) {
            List<String> formats = Exporters.all().stream().filter(e -> e.options().contains(option))
                    .map(Exporter::format).toList();
            throw new UserError(what + "; add --format " + String.join(" or --format ", formats));
        }
    }

    private void checkBatchOptions(DocumentKind documentKind, List<Exporter> exporters) {
        if (pdfa) {
            honoured(exporters, "pdfa", "--pdfa makes PDF/A");
        }
        if (employees == null) {
            if (namePattern != null || merge || skipExisting || staleOnly) {
                throw new UserError("--name, --merge, --skip-existing and --stale-only go with --employees");
            }
            return;
        }
        if (documentKind != DocumentKind.SHEET && documentKind != DocumentKind.CHANGES) {
            throw new UserError("--employees makes role sheets (or changes sheets); add --kind sheet");
        }
        if (!roles.isEmpty() || !departments.isEmpty()) {
            throw new UserError("--employees takes each sheet's role from the list; leave out --role and --department");
        }
        if (merge && exporters.stream().noneMatch(Exporter::merges)) {
            throw new UserError("--merge joins PDF sheets; add --format " + String.join(" or --format ",
                    Exporters.all().stream().filter(Exporter::merges).map(Exporter::format).toList()));
        }
    }

    private int runBatch(Catalog source, Renderer renderer, RenderOptions base, ExportOptions exportOptions,
            String labels, List<Exporter> exporters, Console console) {
        SheetBatch.Settings settings = new SheetBatch.Settings(employees, namePattern, merge, skipExisting, staleOnly, out,
                exporters, source, renderer, base, exportOptions, labels);
        try {
            return new SheetBatch(settings, console).run();
        } catch (java.io.IOException e) {
            throw new UserError("the sheets cannot be written: " + Reasons.of(e), ExitCodes.SOME_FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted", ExitCodes.SOME_FAILED);
        }
    }

    /** "; did you mean 'de'?", or a full stop where there is no suggestion. */
    private static String suggestion(String didYouMean) {
        return didYouMean.isEmpty() ? "." : didYouMean;
    }

    private void checkLanguage(List<String> languages) {
        if (language != null && !languages.contains(language)) {
            throw new UserError("--lang must be one of the label languages (" + String.join(", ", languages) + "), not '"
                    + language + "'" + suggestion(Suggestions.didYouMean(language, languages)) + " For another language, add"
                    + " labels/labels_" + language + ".properties to a template folder (--templates)");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new UserError(option + " must be one of " + String.join(", ", names) + ", not '" + value + "'"
                + Suggestions.didYouMean(value.toLowerCase(Locale.ROOT), names));
    }
}
