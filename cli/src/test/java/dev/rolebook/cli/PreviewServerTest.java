package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.templates.Paper;
import dev.rolebook.testing.HeadlessChromium;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's server under clients that a careless user or a hostile local page make: connections
 * that send a byte and then nothing, requests with bare line ends, and pages that go without saying
 * so. Raw sockets, since an HTTP client would not misbehave.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PreviewServerTest {
    @TempDir
    Path folder;

    private PreviewWorkspace workspace;
    private Path catalog;
    private PreviewServer server;
    private int port;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        catalog = Files.writeString(folder.resolve("catalog.yaml"), """
                format_version: 1
                id: acme
                language: en
                title: Acme roles
                departments:
                  - id: sales
                    name: Sales
                    roles:
                      - {id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}
                """);
        workspace = new PreviewWorkspace(new PreviewWorkspace.Sources(catalog, null, null, null, null, Paper.A4));
        workspace.refresh();
        server = new PreviewServer(workspace, new PreviewPages("catalog.yaml", List.of()), 0);
        server.start();
        port = Integer.parseInt(server.address().replaceAll(".*:(\\d+)/$", "$1"));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    @Test
    void connectionsThatSendOneByteAndThenNothingKeepNoOneWaiting() throws Exception {
        for (int i = 0; i < 24; i++) {
            Socket socket = open();
            socket.getOutputStream().write('G');
            socket.getOutputStream().flush();
        }
        long start = System.nanoTime();
        String answer = get("/", "\r\n", 5_000);
        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("answered at once").isLessThan(2_000);

        // And they are closed once the time a request may take is over.
        Socket slow = sockets.get(0);
        slow.setSoTimeout((PreviewServer.REQUEST_SECONDS + 3) * 1000);
        assertThat(slow.getInputStream().read()).as("the server closed the silent connection").isEqualTo(-1);
    }

    @Test
    void requestsWithBareLineEndsAreAnsweredOrClosedAndKeepNoOneWaiting() throws Exception {
        List<Socket> bare = new ArrayList<>();
        for (String end : List.of("\n", "\r")) {
            for (int i = 0; i < 12; i++) {
                Socket socket = open();
                socket.getOutputStream().write(("GET / HTTP/1.1" + end + "Host: 127.0.0.1:" + port + end + end)
                        .getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                bare.add(socket);
            }
        }
        long start = System.nanoTime();
        assertThat(get("/", "\r\n", 5_000)).startsWith("HTTP/1.1 200");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("answered at once").isLessThan(2_000);
        for (Socket socket : bare) {
            socket.setSoTimeout((PreviewServer.REQUEST_SECONDS + 3) * 1000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).as("a bare line end is not HTTP: refused or closed, in bounded time")
                    .satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 400"));
        }
    }

    @Test
    void aPageThatGoesFreesItsStreamAndTheNextPageGetsOne() throws Exception {
        List<Socket> pages = new ArrayList<>();
        for (int i = 0; i < PreviewEvents.MAX_PAGES; i++) {
            Socket page = open();
            page.getOutputStream().write(request("/events", "\r\n"));
            page.getOutputStream().flush();
            assertThat(head(page)).as("stream " + i).startsWith("HTTP/1.1 200");
            pages.add(page);
        }
        assertThat(get("/events", "\r\n", 5_000)).as("every slot is taken").startsWith("HTTP/1.1 503");

        // The pages go (closed, reloaded) without a word, having read what they were sent, as a
        // browser does; no new state is published meanwhile.
        for (Socket page : pages) {
            firstEvent(page);
            page.close();
        }
        long start = System.nanoTime();
        String answer = "";
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            Socket page = open();
            page.getOutputStream().write(request("/events", "\r\n"));
            page.getOutputStream().flush();
            answer = head(page);
            if (answer.startsWith("HTTP/1.1 200")) {
                break;
            }
            Thread.sleep(200);
        }
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(answer).as("a slot freed").startsWith("HTTP/1.1 200");
        assertThat(took).as("within a few seconds of the pages going").isLessThan(4_000);
    }

    @Test
    void aPageRefusedItsStreamSaysSoAndFollowsAgainOnceASlotIsFree() throws Exception {
        List<Socket> pages = new ArrayList<>();
        for (int i = 0; i < PreviewEvents.MAX_PAGES; i++) {
            Socket page = open();
            page.getOutputStream().write(request("/events", "\r\n"));
            page.getOutputStream().flush();
            assertThat(head(page)).as("stream " + i).startsWith("HTTP/1.1 200");
            pages.add(page);
        }
        Path refused = folder.resolve("refused");
        String config = new ObjectMapper().writeValueAsString(Map.of("url", server.address(), "refused", refused.toString(),
                "catalog", catalog.toString()));
        CompletableFuture<JsonNode> browser = CompletableFuture.supplyAsync(() -> {
            try {
                return HeadlessChromium.run("reconnect.mjs", List.of(config), 2);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // As the preview's watcher would: each save is published. The slots are freed once the page
        // has been refused.
        boolean freed = false;
        while (!browser.isDone()) {
            if (!freed && Files.exists(refused)) {
                for (Socket page : pages) {
                    page.close();
                }
                freed = true;
            }
            if (workspace.refresh()) {
                server.publish();
            }
            Thread.sleep(100);
        }
        JsonNode seen = browser.get();
        assertThat(seen.path("refused").asText()).as("what the refused page said: " + seen)
                .isEqualTo("This page has lost the preview (too many preview pages are open?); close some and it reconnects.");
        assertThat(seen.path("followsAgain").asBoolean()).as("it follows again once a slot is free: " + seen).isTrue();
        assertThat(seen.path("reloadedAfterSave").asBoolean()).as("and the next save reaches it: " + seen).isTrue();
    }

    private Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        sockets.add(socket);
        return socket;
    }

    private byte[] request(String path, String end) {
        return ("GET " + path + " HTTP/1.1" + end + "Host: 127.0.0.1:" + port + end + "Connection: close" + end + end)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private String get(String path, String end, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(request(path, end));
            out.flush();
            if (path.equals("/events")) {
                return head(socket);
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return "no answer within " + timeoutMillis + " ms";
        }
    }

    /** Reads up to the end of the stream's first event (the state when it opened). */
    private static void firstEvent(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder read = new StringBuilder();
        while (!read.toString().matches("(?s).*data: [^\\n]*\\n\\n.*")) {
            int c = in.read();
            assertThat(c).as("the stream's first event").isNotEqualTo(-1);
            read.append((char) c);
        }
    }

    /** The status line, read without waiting for a stream's end. */
    private static String head(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
