package dev.rolebook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's web server, on the loopback interface only. It answers a fixed set of addresses:
 * its two pages, its script and stylesheet, the event stream, and the files made from the
 * catalog's documents, looked up by name in the current build. No address is ever turned into a
 * path on disk, so nothing outside what rolebook renders can be reached. It answers only requests
 * addressed to it by its own name (127.0.0.1 or localhost), so that a web site cannot reach it
 * through a name of its own that resolves to this machine.
 *
 * <p>The JDK's own HTTP server: the preview serves one person's browser on their own machine, and
 * the server that comes with Java does that without adding a dependency to every install. Its
 * documented settings (the jdk.httpserver module's system properties) bound what a slow or hostile
 * client can hold: a request must arrive whole within {@link #REQUEST_SECONDS} of its first byte or
 * its connection is closed, and there are at most {@link #MAX_CONNECTIONS} connections, each with a
 * thread of its own, so that a connection sending nothing never keeps another waiting. Every client
 * of a loopback server is 127.0.0.1, so the bound on connections is the bound on a client's.
 */
final class PreviewServer implements AutoCloseable {
    /** Seconds a request may take to arrive: a browser's takes milliseconds on this machine. */
    static final int REQUEST_SECONDS = 3;
    /** Every open page's event stream, and room for as many requests beside them. */
    static final int MAX_CONNECTIONS = 2 * PreviewEvents.MAX_PAGES;
    private static final int THREADS = MAX_CONNECTIONS;

    static {
        // Read once, when the JDK's server is first used; a value given on the command line wins.
        setIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        setIfAbsent("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
    }
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "html", "text/html; charset=utf-8",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    /** The preview's own pages: their script and style come from the preview, nothing from elsewhere. */
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final PreviewWorkspace workspace;
    private final PreviewPages pages;
    private final PreviewEvents events = new PreviewEvents();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads;
    private final Set<String> hosts;

    /** Binds 127.0.0.1:{@code port} (0: any free port); {@link #start} starts answering. */
    PreviewServer(PreviewWorkspace workspace, PreviewPages pages, int port) throws IOException {
        this.workspace = workspace;
        this.pages = pages;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
        int bound = server.getAddress().getPort();
        this.hosts = Set.of("127.0.0.1:" + bound, "localhost:" + bound);
        this.threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "rolebook-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::answer);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void start() {
        server.start();
    }

    /** Tells open pages the workspace's new state. */
    void publish() {
        events.publish(stateJson());
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                text(exchange, 403, "this preview answers only at " + address());
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "the preview is only read");
                return;
            }
            route(exchange, exchange.getRequestURI().getRawPath());
        }
    }

    /** The path as sent, not decoded: only exact names match, so no spelling of ".." can. */
    private void route(HttpExchange exchange, String path) throws IOException {
        PreviewBuild build = workspace.current();
        if (path.equals("/")) {
            page(exchange, pages.index(build, workspace.state()));
        } else if (path.equals("/events")) {
            if (!events.stream(exchange, this::stateJson)) {
                text(exchange, 503, "too many preview pages are open; close some");
            }
        } else if (path.equals("/preview.js") || path.equals("/preview.css")) {
            asset(exchange, path.substring(1));
        } else if (path.startsWith("/view/") && build != null && build.documents().containsKey(path.substring(6))) {
            page(exchange, pages.view(build.documents().get(path.substring(6)), workspace.state()));
        } else if (path.startsWith("/file/") && build != null && path.lastIndexOf('.') > 6) {
            file(exchange, build, path.substring(6, path.lastIndexOf('.')), path.substring(path.lastIndexOf('.') + 1));
        } else {
            text(exchange, 404, "not found");
        }
    }

    private void file(HttpExchange exchange, PreviewBuild build, String id, String format) throws IOException {
        PreviewBuild.Output output = build.file(id, format);
        if (output == null) {
            text(exchange, 404, "not found");
        } else if (output.error() != null) {
            byte[] message = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not made</title></head>"
                    + "<body><h1>" + PreviewPages.escape(output.fileName()) + " cannot be made</h1><p>"
                    + PreviewPages.escape(output.error()) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            send(exchange, 500, "text/html; charset=utf-8", message);
        } else {
            exchange.getResponseHeaders().set("Content-Security-Policy", "frame-ancestors 'self'");
            String disposition = format.equals("docx") ? "attachment" : "inline";
            exchange.getResponseHeaders().set("Content-Disposition", disposition + "; filename=\"" + output.fileName() + "\"");
            send(exchange, 200, TYPES.getOrDefault(format, "application/octet-stream"), output.bytes());
        }
    }

    private void page(HttpExchange exchange, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void asset(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("preview/" + name)) {
            if (in == null) {
                text(exchange, 404, "not found");
                return;
            }
            send(exchange, 200, name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
                    in.readAllBytes());
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // The JDK's server reads a length of 0 as "chunked"; -1 is an empty body.
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String stateJson() {
        try {
            return json.writeValueAsString(workspace.state());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a preview state that Jackson cannot write", e);
        }
    }
}
