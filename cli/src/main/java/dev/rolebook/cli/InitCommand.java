package dev.rolebook.cli;

import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogSchema;
import dev.rolebook.xhtml.TemplateResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init",
        description = {"Create a folder to start your own catalog and templates in.",
            "It holds the bundled catalog editions with the schema beside them, the built-in templates, stylesheets"
                    + " and labels to change, a sample employee list, a README of what to edit, and a "
                    + ProjectFile.NAME + " naming the catalog and templates, which every command run in the folder"
                    + " reads."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook init my-roles",
            "  cd my-roles && rolebook export",
            "      the folder's catalog as a handbook, with its templates, in my-roles/out/",
            "",
            ExitCodes.HELP_SECTION})
final class InitCommand implements Callable<Integer> {
    private static final String SCHEMA = "catalog.schema.json";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        try {
            return create();
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UserError("cannot write " + e.getFile() + ": permission denied; choose a folder you can write to");
        } catch (java.nio.file.FileSystemException e) {
            throw new UserError("cannot write " + e.getFile() + ": " + e.getReason());
        }
    }

    private Integer create() throws IOException {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet);
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            throw new UserError(folder + " already exists and is not an empty folder; name a new one");
        }
        Files.createDirectories(folder);
        try (InputStream schema = CatalogSchema.class.getResourceAsStream(CatalogSchema.RESOURCE)) {
            write(folder.resolve(SCHEMA), schema.readAllBytes());
        }
        for (BundledCatalogs.Edition edition : BundledCatalogs.editions()) {
            try (InputStream in = edition.open()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("$schema=../schema/" + SCHEMA, "$schema=./" + SCHEMA);
                write(folder.resolve(edition.fileName()), text.getBytes(StandardCharsets.UTF_8));
            }
        }
        TemplateResources builtIn = TemplateResources.builtIn();
        for (String name : TemplateResources.starterFiles()) {
            write(folder.resolve("templates").resolve(name), builtIn.read(name));
        }
        try (InputStream staff = InitCommand.class.getResourceAsStream("staff.csv")) {
            write(folder.resolve("staff.csv"), staff.readAllBytes());
        }
        String catalog = BundledCatalogs.editions().get(0).fileName();
        write(folder.resolve(ProjectFile.NAME), project(catalog).getBytes(StandardCharsets.UTF_8));
        String command = CommandName.in(folder);
        write(folder.resolve("README.md"), readme(command, catalog).getBytes(StandardCharsets.UTF_8));
        console.result("created " + folder + " with the catalogs "
                + String.join(", ", BundledCatalogs.editions().stream().map(BundledCatalogs.Edition::fileName).toList())
                + ", " + SCHEMA + ", staff.csv (a sample employee list), templates/, " + ProjectFile.NAME
                + " and README.md");
        console.result("next: cd " + CommandName.quoted(folder.toString()) + " && " + command
                + " preview  (then open the address it prints, and edit)");
        return ExitCodes.OK;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Settings to start from: the catalog and templates written here; the others shown, commented out. */
    private static String project(String catalog) {
        return """
                # The options every rolebook command run in this folder takes, so that you need not type them.
                # An option typed on the command line wins over its line here; --no-project ignores this file.
                # Paths are relative to this folder.
                catalog: %s
                templates: templates
                out: out
                # The language of the labels (hy, en, ru, or any templates/labels/labels_LANG.properties);
                # without it, the catalog's own language.
                # lang: en
                # A .docx whose styles, page setup, header and footer Word output takes.
                # reference-doc: company.docx
                # A4, A5 or LETTER; without it A4, and A5 for --booklet.
                # paper: A5
                """.formatted(catalog);
    }

    private static String readme(String command, String catalog) {
        return """
                # Your rolebook folder

                - `business-world.hy.yaml`, `business-world.en.yaml`: the bundled catalog, to copy or edit.
                  Change the texts, add roles; keep ids kebab-case and unique. Editors that know JSON
                  Schema (VS Code with the YAML extension, IntelliJ) check fields as you type, through
                  `catalog.schema.json` named in the first line.
                - `templates/`: the built-in templates, stylesheets and labels. Change any file; delete
                  the ones you do not change (rolebook's own are used for what is missing).
                  - `parts/cover.ftl`: the handbook's cover. `handbook.ftl`, `posting.ftl`, `sheet.ftl`, `changes.ftl`:
                    what each document says and in what order.
                  - `style/*.css`: page size margins, fonts, colours (PDF and html).
                  - `labels/labels_*.properties`: every word printed around your text, per language.
                - `staff.csv`: a sample employee list (20 fictional people). Role sheets for each row:
                  `COMMAND export --kind sheet --employees staff.csv --merge`.
                - For Word output, styles come from a reference document: pass your company's .docx with
                  `--reference-doc company.docx` (styles are found by name: heading 1, Normal, Quote ...).
                - `rolebook.yaml`: the catalog, templates, output folder, and (when you set them) language,
                  reference document and paper that every command run in this folder takes. An option you
                  type wins over it; `--no-project` ignores it.

                In this folder, see every document change as you save a file (open the address it prints):

                    COMMAND preview

                Check and build:

                    COMMAND validate CATALOG
                    COMMAND export
                """.replace("COMMAND", command).replace("CATALOG", catalog);
    }
}
