package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.cli.Rolebook;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every kind, format, language and structure-changing option, made by the rolebook command as a
 * user runs it, once per test run (and once more, into another folder, for the reproducibility
 * check). Each test class then checks every file of its format with the rules of the program that
 * receives it.
 */
final class Matrix {
    /** The fixture catalog's date, so that its documents are the same bytes on every run. */
    static final Instant FIXED = Instant.parse("2026-01-15T09:00:00Z");

    /** One command line of the matrix. */
    record Case(String name, String kind, List<String> args) {
        /** The label language: --lang, or the catalog's (the bundled catalog is Armenian). */
        String language() throws IOException {
            return args.contains("--lang") ? args.get(args.indexOf("--lang") + 1) : catalog().language().split("-")[0];
        }

        /** The catalog the command line exports: its --catalog file, or the bundled edition of its --lang. */
        Catalog catalog() throws IOException {
            return args.contains("--catalog")
                    ? new CatalogLoader().load(Path.of(args.get(args.indexOf("--catalog") + 1))).orThrow()
                    : Catalogs.bundled(args.contains("--lang") ? args.get(args.indexOf("--lang") + 1) : "hy");
        }
    }

    /** One file the matrix made. */
    record Output(Case from, Path file) {
        String format() {
            String name = file.getFileName().toString();
            return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }

        /** The HTML made by the same run from the same XHTML, which tells what a DOCX must contain. */
        Path companionHtml() {
            String name = file.getFileName().toString();
            return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".html");
        }

        @Override
        public String toString() {
            return from.name() + ": " + file.getFileName();
        }
    }

    private static List<Output> first;

    private Matrix() {}

    /** The matrix's files, made on first use. */
    static synchronized List<Output> outputs() throws IOException {
        if (first == null) {
            first = make(Files.createTempDirectory("rolebook-conformance-"));
        }
        return first;
    }

    static List<Output> outputs(String format) throws IOException {
        return outputs().stream().filter(o -> o.format().equals(format)).toList();
    }

    /** The whole matrix again, into a folder of its own. */
    static List<Output> again() throws IOException {
        return make(Files.createTempDirectory("rolebook-conformance-again-"));
    }

    private static List<Output> make(Path root) throws IOException {
        deleteOnExit(root);
        Path inputs = root.resolve("in");
        Files.createDirectories(inputs);
        for (String name : List.of("acme.en.yaml", "logo.png", "staff.csv")) {
            try (InputStream in = Matrix.class.getResourceAsStream("/fixture/" + name)) {
                Files.copy(in, inputs.resolve(name));
            }
        }
        Path acme = inputs.resolve("acme.en.yaml");
        Files.setLastModifiedTime(acme, FileTime.from(FIXED));
        // The text employees signed before: one duty worded otherwise, one not yet there.
        Path signed = inputs.resolve("acme.signed.yaml");
        Files.writeString(signed, Files.readString(acme)
                .replace("- Keep track of current orders and deals.", "- Keep track of orders.")
                .replace("                - \"Answer within one day: \\\"soon\\\" is not a date.\"\n", ""));
        assertThat(Files.readString(signed)).doesNotContain("current orders", "Answer within one day");
        Files.setLastModifiedTime(signed, FileTime.from(FIXED));
        Path wordReference = References.wordMade(inputs);
        Path officeReference = References.libreOfficeMade(inputs);
        Path pandocReference = References.pandocMade(inputs);

        List<Case> cases = new ArrayList<>();
        for (String kind : List.of("handbook", "posting", "sheet")) {
            for (String lang : List.of("hy", "en")) {
                cases.add(new Case("bundled " + lang + " " + kind, kind, List.of("--lang", lang)));
            }
            cases.add(new Case("acme en " + kind, kind, List.of("--catalog", acme.toString())));
            cases.add(new Case("acme hy " + kind, kind, List.of("--catalog", acme.toString(), "--lang", "hy")));
            cases.add(new Case("acme ru labels " + kind, kind, List.of("--catalog", acme.toString(), "--lang", "ru")));
        }
        cases.add(new Case("acme en changes", "changes", List.of("--catalog", acme.toString(), "--since", signed.toString(),
                "--role", "account-manager")));
        cases.add(new Case("acme hy changes", "changes", List.of("--catalog", acme.toString(), "--since", signed.toString(),
                "--role", "account-manager", "--lang", "hy")));
        cases.add(new Case("A5 handbook", "handbook", List.of("--paper", "A5")));
        cases.add(new Case("LETTER sheet", "sheet", List.of("--catalog", acme.toString(), "--paper", "LETTER")));
        cases.add(new Case("A5 booklet", "handbook", List.of("--lang", "en", "--paper", "A5", "--booklet", "--format", "pdf")));
        cases.add(new Case("PDF/A sheets", "sheet", List.of("--catalog", acme.toString(), "--pdfa", "--format", "pdf")));
        cases.add(new Case("PDF/A handbook", "handbook", List.of("--pdfa", "--format", "pdf")));
        cases.add(new Case("employees merged PDF/A", "sheet", List.of("--catalog", acme.toString(),
                "--employees", inputs.resolve("staff.csv").toString(), "--merge", "--pdfa")));
        cases.add(new Case("employees merged", "sheet", List.of("--catalog", acme.toString(),
                "--employees", inputs.resolve("staff.csv").toString(), "--merge", "--name", "{row}-{role}-plain")));
        // Sheets with the employees' dates in the other label languages (a day under 10 among them),
        // merged under a title in that language.
        for (String lang : List.of("hy", "ru")) {
            cases.add(new Case("employees " + lang, "sheet", List.of("--catalog", acme.toString(),
                    "--employees", inputs.resolve("staff.csv").toString(), "--lang", lang, "--format", "pdf", "--merge")));
        }
        cases.add(new Case("Word-made reference", "posting", List.of("--catalog", acme.toString(),
                "--reference-doc", wordReference.toString(), "--format", "docx", "--format", "html")));
        cases.add(new Case("LibreOffice-made reference", "handbook", List.of(
                "--reference-doc", officeReference.toString(), "--format", "docx", "--format", "html")));
        cases.add(new Case("pandoc-made reference", "sheet", List.of("--role", "sales-consultant",
                "--reference-doc", pandocReference.toString(), "--format", "docx", "--format", "html")));

        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Path out = root.resolve(String.format("%02d", i));
            List<String> args = new ArrayList<>(List.of("export", "--kind", c.kind(), "--reproducible", "--out", out.toString()));
            args.addAll(c.args());
            if (!c.args().contains("--format")) {
                args.addAll(List.of("--format", "pdf", "--format", "docx", "--format", "html"));
            }
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int exit = Rolebook.execute(args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));
            assertThat(exit).as("%s: rolebook %s\n%s", c.name(), String.join(" ", args), stderr).isZero();
            try (Stream<Path> files = Files.list(out)) {
                files.sorted(Comparator.naturalOrder()).forEach(file -> outputs.add(new Output(c, file)));
            }
        }
        return outputs;
    }

    private static void deleteOnExit(Path root) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind is no test failure.
            }
        }));
    }
}
