package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.CatalogLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", sortOptions = false,
        description = {"Say which employees signed a text of their role that is no longer current, and who never signed:"
                + " the employee list's signed_version column holds the role version printed on the sheet each signed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook status --employees staff.csv --catalog roles.yaml",
            "      who must sign again, with counts",
            "  rolebook status --employees staff.csv --catalog roles.yaml --check",
            "      the same, exiting 1 when anyone must sign: for a scheduled job that alerts HR",
            "",
            "Exit codes: 0 listed (with --check: everyone signed the current text); 1 with --check: someone must sign;",
            "  2 bad input: a catalog or list missing or invalid, a row naming an unknown role"})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ProjectOption project;

    @Option(names = "--employees", paramLabel = "CSV", required = true,
            description = "The employee list (columns role, name, signed_version; as for export --employees).")
    Path employees;

    @Option(names = "--catalog", completionCandidates = Completions.Catalogs.class, paramLabel = "PATH|ID", defaultValue = CatalogSource.DEFAULT_ID,
            description = "The catalog as it stands today: a file or a bundled catalog's id. Default: ${DEFAULT-VALUE}.")
    String catalog;

    @Option(names = "--lang", completionCandidates = Completions.Languages.class, paramLabel = "LANG", description = "The edition of a bundled catalog.")
    String language;

    @Option(names = "--check", description = "Exit 1 when anyone must sign (again).")
    boolean check;

    private record Listed(long line, String name, String role, String signed, String current, String contract) {}

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet);
        // What a catalog lacks (a role without pitfalls) is validate's to say; here only errors stop.
        Console errorsOnly = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), true);
        Catalog today = CatalogSource.load(catalog, language, new CatalogLoader(), errorsOnly).catalog();
        SignedVersion versions = new SignedVersion(today);
        Map<SignedVersion.State, List<Listed>> states = new EnumMap<>(SignedVersion.State.class);
        for (SignedVersion.State state : SignedVersion.State.values()) {
            states.put(state, new ArrayList<>());
        }
        int bad = 0;
        boolean hasColumn;
        // Rows by the sheet's file name export gives them: two rows of one name are one employee
        // listed twice, and export makes a sheet for neither.
        Map<String, List<Long>> names = new java.util.LinkedHashMap<>();
        try (EmployeeCsv csv = EmployeeCsv.open(employees)) {
            hasColumn = csv.header().contains(SignedVersion.COLUMN);
            boolean contracts = csv.header().contains("contract_number");
            for (EmployeeCsv.Row row : csv) {
                SheetRow sheet;
                try {
                    sheet = SheetRow.of(row, today);
                } catch (IllegalArgumentException e) {
                    console.error(employees + ":" + row.line() + ": " + e.getMessage());
                    bad++;
                    continue;
                }
                if (contracts) {
                    try {
                        names.computeIfAbsent(SheetName.key(SheetName.of(SheetName.WITH_CONTRACTS, row.number(), row.cells())),
                                name -> new ArrayList<>()).add(row.line());
                    } catch (IllegalArgumentException e) {
                        // No contract number in this row: export names its sheet by the row, which no other row has.
                    }
                }
                String signed = row.cells().get(SignedVersion.COLUMN);
                states.get(versions.of(sheet.role(), signed)).add(new Listed(row.line(), sheet.employee().name(),
                        sheet.role(), signed == null ? "" : signed.strip(), versions.current(sheet.role()),
                        sheet.employee().contractNumber()));
            }
        }
        for (List<Long> lines : names.values()) {
            for (long line : lines.size() > 1 ? lines : List.<Long>of()) {
                console.error(employees + ":" + line + ": the same contract_number and role as the row at line "
                        + String.join(", ", lines.stream().filter(other -> other != line).map(String::valueOf).toList())
                        + "; export makes a sheet for neither: list each contract once");
                bad++;
            }
        }
        if (bad > 0) {
            throw new UserError(employees + ": " + bad + (bad == 1 ? " row" : " rows") + " cannot be checked");
        }
        print(states, hasColumn);
        boolean anyone = !states.get(SignedVersion.State.STALE).isEmpty()
                || !states.get(SignedVersion.State.NEVER_SIGNED).isEmpty();
        return check && anyone ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private void print(Map<SignedVersion.State, List<Listed>> states, boolean hasColumn) {
        PrintWriter out = spec.commandLine().getOut();
        int total = states.values().stream().mapToInt(List::size).sum();
        List<Listed> stale = states.get(SignedVersion.State.STALE);
        List<Listed> never = states.get(SignedVersion.State.NEVER_SIGNED);
        out.println(employees + ": " + total + (total == 1 ? " employee" : " employees") + "; "
                + states.get(SignedVersion.State.CURRENT).size() + " signed the current text, " + stale.size()
                + " must sign again, " + never.size() + " never signed"
                + (hasColumn ? "" : " (the list has no " + SignedVersion.COLUMN + " column)"));
        if (!stale.isEmpty()) {
            out.println();
            out.println("must sign again (the text of their role changed since):");
            stale.forEach(row -> out.println("  line " + row.line() + "  " + row.name() + "  " + row.role() + "  signed "
                    + row.signed() + ", now " + row.current() + contract(row)));
        }
        if (!never.isEmpty()) {
            out.println();
            out.println("never signed:");
            never.forEach(row -> out.println("  line " + row.line() + "  " + row.name() + "  " + row.role() + "  now "
                    + row.current() + contract(row)));
        }
        out.flush();
    }

    private static String contract(Listed row) {
        return row.contract() == null ? "" : "  (contract " + row.contract() + ")";
    }
}
