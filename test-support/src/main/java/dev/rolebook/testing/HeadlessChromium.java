package dev.rolebook.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, driven by playwright-core from the repository's {@code browser} folder, to
 * open html outputs as a reader's browser would, and to run axe-core on them. Needs {@code node}, {@code chromium} (or the
 * {@code CHROMIUM} variable) and {@code npm ci --prefix browser}; skips without them, except in CI.
 */
public final class HeadlessChromium {
    private HeadlessChromium() {}

    /** What a page asked for while it loaded: requests made, and requests its own policy stopped. */
    public record Requests(List<String> made, List<String> blocked) {
        public boolean none() {
            return made.isEmpty() && blocked.isEmpty();
        }
    }

    /** Opens each page in turn in one browser and returns, for each, what it requested. */
    public static Map<Path, Requests> open(List<Path> pages) throws IOException, InterruptedException {
        JsonNode results = run("requests.mjs", pages);
        Map<Path, Requests> requests = new LinkedHashMap<>();
        for (Path page : pages) {
            JsonNode result = results.path(page.toAbsolutePath().toString());
            requests.put(page, new Requests(strings(result.path("requests")), strings(result.path("blocked"))));
        }
        return requests;
    }

    /**
     * Runs axe-core on each page (WCAG 2.x A and AA and axe's best practices) and returns, for each,
     * its violations as "rule (impact): help: elements".
     */
    public static Map<Path, List<String>> axe(List<Path> pages) throws IOException, InterruptedException {
        JsonNode results = run("axe.mjs", pages);
        Map<Path, List<String>> violations = new LinkedHashMap<>();
        for (Path page : pages) {
            List<String> found = new ArrayList<>();
            for (JsonNode violation : results.path(page.toAbsolutePath().toString())) {
                found.add(violation.path("rule").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText() + ": " + strings(violation.path("nodes")));
            }
            violations.put(page, found);
        }
        return violations;
    }

    /** How an element's text looks: its text, its computed colour and its text-decoration-line. */
    public record Look(String text, String color, String decoration) {
        static Look of(JsonNode node) {
            return node.isMissingNode() || node.isNull() ? null
                    : new Look(node.path("text").asText(), node.path("color").asText(), node.path("decoration").asText());
        }
    }

    /** A page printed: the PDF the browser made of it, and its body text's and links' look by medium. */
    public record Printed(Path pdf, Map<String, Look> body, Map<String, List<Look>> links) {}

    /**
     * Prints each page to a PDF in the folder with the browser's print to PDF (as a reader's "Save as
     * PDF" does), and reads the computed look of its body text and its links on screen and in print.
     */
    public static Map<Path, Printed> print(List<Path> pages, Path folder) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        Map<Path, Path> pdfs = new LinkedHashMap<>();
        for (Path page : pages) {
            Path pdf = folder.resolve(pdfs.size() + "-" + page.getFileName() + ".pdf").toAbsolutePath();
            pdfs.put(page, pdf);
            arguments.add(page.toAbsolutePath().toString());
            arguments.add(pdf.toString());
        }
        JsonNode results = run("print.mjs", arguments, 2 + pages.size());
        Map<Path, Printed> printed = new LinkedHashMap<>();
        for (Path page : pages) {
            JsonNode result = results.path(page.toAbsolutePath().toString());
            Map<String, Look> body = new LinkedHashMap<>();
            Map<String, List<Look>> links = new LinkedHashMap<>();
            for (String media : List.of("screen", "print")) {
                body.put(media, Look.of(result.path(media).path("body")));
                List<Look> found = new ArrayList<>();
                result.path(media).path("links").forEach(link -> found.add(Look.of(link)));
                links.put(media, found);
            }
            printed.put(page, new Printed(pdfs.get(page), body, links));
        }
        return printed;
    }

    /** Runs one of the browser folder's scripts on the pages and returns the JSON object it prints. */
    private static JsonNode run(String scriptName, List<Path> pages) throws IOException, InterruptedException {
        return run(scriptName, pages.stream().map(page -> page.toAbsolutePath().toString()).toList(), 2 + pages.size());
    }

    /**
     * Runs one of the browser folder's scripts with the arguments and returns the JSON object it
     * prints last; fails when it has not finished within the minutes given.
     */
    public static JsonNode run(String scriptName, List<String> arguments, int minutes)
            throws IOException, InterruptedException {
        Path script = require().resolveSibling(scriptName);
        if (!Files.isDirectory(script.getParent().resolve("node_modules/axe-core")) && scriptName.equals("axe.mjs")) {
            ExternalTool.missing("axe-core is not installed (npm ci --prefix browser)");
        }
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(arguments);
        Path output = Files.createTempFile("rolebook-chromium", ".json");
        try {
            Process process = new ProcessBuilder(command).directory(script.getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish " + scriptName + " in " + minutes + " minutes");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("Chromium could not run " + scriptName + ": " + printed);
            }
            return new ObjectMapper().readTree(printed.substring(printed.lastIndexOf("\n{") + 1));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    private static Path require() {
        Path browser = browserFolder();
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (browser == null || !Files.isDirectory(browser.resolve("node_modules/playwright-core"))) {
            ExternalTool.missing("playwright-core is not installed (npm ci --prefix browser)");
        } else if (!Files.isExecutable(Path.of(chromium))) {
            ExternalTool.missing("Chromium is not installed (apt-get install chromium)");
        } else if (!onPath("node")) {
            ExternalTool.missing("Node.js is not installed (apt-get install nodejs)");
        }
        return browser.resolve("requests.mjs");
    }

    /** The repository's browser folder, from the module folder a test runs in or the root. */
    private static Path browserFolder() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("browser/requests.mjs"))) {
                return folder.resolve("browser");
            }
        }
        return null;
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
