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
        description = {"Create a folder to start from: the bundled catalog editions with the schema beside them,",
            "the built-in templates, stylesheets and labels to change, and a README of what to edit."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook init my-roles",
            "  rolebook export --catalog my-roles/business-world.en.yaml --templates my-roles/templates",
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
        write(folder.resolve("README.md"), readme().getBytes(StandardCharsets.UTF_8));
        console.result("created " + folder + " with the catalogs "
                + String.join(", ", BundledCatalogs.editions().stream().map(BundledCatalogs.Edition::fileName).toList())
                + ", " + SCHEMA + ", staff.csv (a sample employee list), templates/ and README.md");
        console.result("next: rolebook preview --catalog " + folder.resolve(BundledCatalogs.editions().get(0).fileName())
                + " --templates " + folder.resolve("templates") + "  (then open the address it prints, and edit)");
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

    private static String readme() {
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
                  `rolebook export --kind sheet --employees staff.csv --merge`.
                - For Word output, styles come from a reference document: pass your company's .docx with
                  `--reference-doc company.docx` (styles are found by name: heading 1, Normal, Quote ...).

                See every document change as you save a file (open the address it prints):

                    rolebook preview --catalog business-world.en.yaml --templates templates

                Check and build:

                    rolebook validate business-world.en.yaml
                    rolebook export --catalog business-world.en.yaml --templates templates
                """;
    }
}
