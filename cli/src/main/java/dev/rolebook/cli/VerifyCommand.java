package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleRecord;
import dev.rolebook.model.RoleVersion;
import dev.rolebook.model.diff.CatalogDiff;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.xhtml.export.Exporter;
import dev.rolebook.xhtml.export.Exporters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", sortOptions = false,
        description = {"Read a role sheet made by rolebook (PDF, DOCX or HTML): whose it is, its role and the version"
                + " of the text it states, from the record of the role the file carries; with --catalog, whether that"
                + " text is still the catalog's and, if not, what changed since."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook verify ԱՊ-2026_004-telesales-specialist.pdf",
            "      whose sheet, which role and version; whether its text is the one its version was taken of",
            "  rolebook verify old-sheet.pdf --catalog roles.yaml",
            "      and whether the text signed is still current, with what changed since",
            "",
            "Exit codes: 0 read (with --catalog: the text is current); 1 with --catalog: the text is no longer current;",
            "  2 not a rolebook sheet, a record altered since it was made, or a catalog missing or invalid"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ProjectOption project;

    @Parameters(paramLabel = "FILE", description = "A role sheet: .pdf, .docx or .html.")
    Path file;

    @Option(names = "--catalog", completionCandidates = Completions.Catalogs.class, paramLabel = "PATH|ID",
            description = "The catalog as it stands today: a file or a bundled catalog's id.")
    String catalog;

    @Option(names = "--lang", completionCandidates = Completions.Languages.class, paramLabel = "LANG", description = "The edition of a bundled catalog.")
    String language;

    @Override
    public Integer call() throws IOException {
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.FILE) {
            throw new UserError(file + (kind == FileKind.MISSING ? " does not exist" : " is " + kind.words() + ", not a file"));
        }
        String json = recordOf(file).orElseThrow(() -> new UserError(file
                + ": not a role sheet made by rolebook: it carries no record of a role"));
        RoleRecord record;
        try {
            record = RoleRecord.parse(json);
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": not a role sheet made by rolebook: " + e.getMessage());
        }
        if (!record.intact()) {
            throw new UserError(file + ": its record of the role was altered: its texts are not those of version "
                    + record.version() + " that it names; the file cannot be trusted to say what was signed");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": role sheet " + (record.employee() == null ? "with no employee named"
                : "of " + record.employee() + (record.contractNumber() == null ? "" : ", contract " + record.contractNumber())));
        out.println("  role " + record.roleId() + " «" + record.title() + "», version " + record.version() + ", catalog "
                + record.catalog() + (record.catalogVersion() == null ? "" : " " + record.catalogVersion()));
        out.println("  its record matches its version: the text it states is the one made");
        int code = catalog == null ? ExitCodes.OK : compare(record, out);
        out.flush();
        return code;
    }

    /** Says whether the record's text is the catalog's today, and what changed if not. */
    private int compare(RoleRecord record, PrintWriter out) {
        Console errorsOnly = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), true);
        Catalog today = CatalogSource.load(catalog, language, new CatalogLoader(), errorsOnly).catalog();
        for (Department department : today.departments()) {
            for (Role role : department.roles()) {
                if (!role.id().equals(record.roleId())) {
                    continue;
                }
                String now = RoleVersion.of(department, role);
                if (now.equals(record.version())) {
                    out.println("  current: " + catalog + " states the same text (version " + now + ")");
                    return ExitCodes.OK;
                }
                List<CatalogDiff.Change> changes = CatalogDiff.ofRole(record.content(), RoleVersion.content(department, role));
                out.println("  not current: " + catalog + " has version " + now + "; what changed since:");
                new DiffText(out, DiffText.colourByDefault()).printChanges(changes);
                return ExitCodes.SOME_FAILED;
            }
        }
        out.println("  not current: " + catalog + " has no role " + record.roleId() + " any more");
        return ExitCodes.SOME_FAILED;
    }

    /** The record the file carries, asked of the format its name says, or of each format in turn. */
    private static Optional<String> recordOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        List<Exporter> formats = Exporters.all().stream().filter(e -> name.endsWith("." + e.format())).toList();
        for (Exporter exporter : formats.isEmpty() ? Exporters.all() : formats) {
            try {
                Optional<String> record = exporter.record(file);
                if (record.isPresent()) {
                    return record;
                }
            } catch (IOException | RuntimeException e) {
                // Not a file of this format.
            }
        }
        return Optional.empty();
    }
}
