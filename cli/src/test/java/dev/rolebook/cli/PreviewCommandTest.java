package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.HeadlessChromium;
import dev.rolebook.testing.PdfText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rolebook preview} as its user meets it: started as a command, opened in Chromium, the
 * catalog saved under it (a duty changed, the file broken and mended), asked for files it must not
 * give, started twice on one port, and stopped with Ctrl-C.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class PreviewCommandTest {
    private static final String DUTY = "Նոր հաճախորդներ ներգրավելու համար սառը զանգեր կատարելը:";
    private static final int TIMED_SAVES = 20;
    /** Between the timed saves: an author reads what changed before saving again. */
    private static final int PAUSE_MILLIS = 1000;

    @TempDir
    Path folder;

    private Process preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.destroyForcibly();
        }
    }

    @Test
    void aSavedCatalogShowsInTheOpenPageAndErrorsShowWhereTheyAre() throws Exception {
        Path catalog = bundledCatalog();
        String url = start(catalog, "0");

        List<String> texts = new ArrayList<>(List.of("Հաճախորդներին զանգում է օրական երեք անգամ:",
                "Հաճախորդներին զանգում է ամեն օր:"));
        IntStream.rangeClosed(1, TIMED_SAVES).forEach(i -> texts.add("Զանգերի թիվը օրական " + i + " է:"));
        Path screenshot = folder.resolve("preview.png");
        String config = new ObjectMapper().writeValueAsString(Map.of("url", url, "view", "view/hy/sheet/telesales-specialist",
                "catalog", catalog.toString(), "find", DUTY, "texts", texts, "broken", "\n  - {id: [\n",
                "pause", PAUSE_MILLIS, "screenshot", screenshot.toString()));
        JsonNode seen = HeadlessChromium.run("preview.mjs", List.of(config), 5);

        List<String> links = new ArrayList<>();
        seen.path("links").forEach(link -> links.add(link.asText()));
        List<String> expected = new ArrayList<>(List.of("/view/hy/handbook"));
        for (Department department : Catalogs.bundled("hy").departments()) {
            for (Role role : department.roles()) {
                expected.add("/view/hy/posting/" + role.id());
                expected.add("/view/hy/sheet/" + role.id());
            }
        }
        assertThat(links).as("the documents listed").containsExactlyElementsOf(expected);

        for (String page : List.of("index", "view")) {
            JsonNode violations = seen.path("axe").path(page);
            assertThat(violations.isArray()).as("axe-core ran on the " + page + " page: " + seen).isTrue();
            assertThat(violations).as("axe-core's violations on the " + page + " page").isEmpty();
        }
        assertThat(seen.path("shownAtFirst").asBoolean()).as("the sheet shows its duty").isTrue();
        assertThat(seen.path("changed").path("html").isNumber()).as("the changed duty showed in the page: " + seen).isTrue();
        assertThat(seen.path("changed").path("pdf").isNumber()).as("and the PDF pane followed: " + seen).isTrue();
        assertThat(seen.path("problemShown").asBoolean()).as("the broken catalog's problem shown: " + seen).isTrue();
        assertThat(seen.path("problems").get(0).asText()).as("located in the file")
                .matches(Pattern.quote(catalog.toString()) + ":\\d+:\\d+: .+");
        assertThat(seen.path("shownWhileBroken").asText()).as("the last good render stays").contains(texts.get(0));
        assertThat(seen.path("mended").path("html").isNumber()).as("the mended catalog showed: " + seen).isTrue();
        assertThat(seen.path("problemsHiddenAfter").asBoolean()).as("the problems went with the mend").isTrue();
        List<Long> html = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        seen.path("saves").forEach(save -> {
            html.add(save.path("html").isNumber() ? save.path("html").asLong() : null);
            pdf.add(save.path("pdf").isNumber() ? save.path("pdf").asLong() : null);
        });
        assertThat(html).as("every timed save showed in the web page pane").hasSize(TIMED_SAVES).doesNotContainNull();
        assertThat(pdf).as("and in the PDF pane").hasSize(TIMED_SAVES).doesNotContainNull();
        assertThat(seen.path("samePage").asBoolean()).as("no reload: the page was updated in place").isTrue();
        System.out.println("preview, from saving the catalog to the new text on the page, " + TIMED_SAVES + " saves a second apart: "
                + spread(html) + "; to the PDF pane showing it: " + spread(pdf));

        String last = texts.get(texts.size() - 1);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> shownPdf = client.send(HttpRequest.newBuilder(URI.create(url).resolve(seen.path("pdf").asText()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(shownPdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path pdfFile = Files.write(folder.resolve("shown.pdf"), shownPdf.body());
        assertThat(PdfText.all(pdfFile)).as("the PDF beside it has the last save too").contains(last);
        HttpResponse<byte[]> docx = client.send(HttpRequest.newBuilder(URI.create(url).resolve(seen.path("docx").asText()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment").contains("business-world.hy.sheet.telesales-specialist.docx"));
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void nothingButTheDocumentsIsServedAndOnlyToThisMachine() throws Exception {
        Path catalog = bundledCatalog();
        Files.writeString(folder.resolve("secret.txt"), "not for the web");
        String url = start(catalog, "0");
        int port = URI.create(url).getPort();

        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                "/..%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/%252e%252e/etc/passwd", "/..\\..\\etc\\passwd",
                "/file/../../../../etc/passwd", "/file/hy/sheet/..%2f..%2f..%2fetc%2fpasswd.pdf", "/view/../../etc/passwd",
                "//etc/passwd", "/secret.txt", "/catalog.yaml", "/file/hy/../../secret.txt", "/file/hy/handbook.yaml",
                "/preview.js/../../secret.txt", "/%00/etc/passwd")) {
            String answer = request(port, path, "127.0.0.1:" + port);
            // 404, or 400 for what is not a URI at all (a backslash, a NUL).
            assertThat(answer).as(path).containsPattern("^HTTP/1.1 40[04] ").doesNotContain("root:").doesNotContain("not for the web")
                    .doesNotContain("format_version");
        }
        assertThat(request(port, "/", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
        assertThat(request(port, "/", "localhost:" + port)).startsWith("HTTP/1.1 200");
        assertThat(request(port, "/", "rebound.example:" + port)).as("a name that is not this machine's")
                .startsWith("HTTP/1.1 403");

        Run second = Run.of("preview", "--catalog", catalog.toString(), "--port", String.valueOf(port));
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(second.err()).contains("port " + port + " on 127.0.0.1 is taken").doesNotContain("Exception");

        // Ctrl-C.
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(preview.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(preview.waitFor(20, TimeUnit.SECONDS)).as("stopped by Ctrl-C").isTrue();
        assertThat(new String(preview.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("preview stopped")
                .doesNotContain("Exception");
        assertThat(reachable(port)).as("the port is free again").isFalse();
    }

    /** "median 250 ms (fastest 200, slowest 400)". */
    private static String spread(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return "median " + median + " ms (fastest " + sorted.get(0) + ", slowest " + sorted.get(sorted.size() - 1) + ")";
    }

    private Path bundledCatalog() throws IOException {
        Path catalog = folder.resolve("catalog.yaml");
        try (var in = PreviewCommandTest.class.getResourceAsStream("/dev/rolebook/catalogs/business-world.hy.yaml")) {
            Files.write(catalog, in.readAllBytes());
        }
        assertThat(Files.readString(catalog)).contains(DUTY);
        return catalog;
    }

    /** Starts the command as a user would, in its own Java, and returns the address it prints. */
    private String start(Path catalog, String port) throws Exception {
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        preview = new ProcessBuilder(javaBinary.toString(), "-cp", System.getProperty("java.class.path"), "dev.rolebook.cli.Rolebook",
                "preview", "--catalog", catalog.toString(), "--port", port).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher found = Pattern.compile("^rolebook preview: (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                    if (found.find()) {
                        return found.group(1);
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String url = address.get(60, TimeUnit.SECONDS);
        assertThat(url).as("the address printed").isNotNull();
        // The rest of what it prints is read, so that the preview never waits on a full pipe.
        CompletableFuture.runAsync(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // The preview stopped.
            }
        });
        return url;
    }

    /** Sends the path as written, which an HTTP client library would tidy first. */
    private static String request(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
