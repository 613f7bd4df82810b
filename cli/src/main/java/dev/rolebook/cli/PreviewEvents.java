package dev.rolebook.cli;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Tells open pages what changed, as server-sent events: one {@code data:} line of JSON for each
 * state, the current one first. Server-sent events rather than a WebSocket because the messages go
 * one way and browsers reconnect to an event stream by themselves (after the preview is started
 * again, for instance).
 */
final class PreviewEvents {
    /**
     * Each page holds a connection and a thread; a few browser tabs are all a preview has, and the
     * list page, which loads itself again after each build, holds a second one for a moment.
     */
    static final int MAX_PAGES = 24;
    private static final String STOP = "";
    /**
     * The server is not told when a page goes: a write to its stream fails, the second after the
     * page closed. Writing this often frees a closed page's slot within two of these.
     */
    private static final long KEEP_ALIVE_MILLIS = 1000;

    private final Set<BlockingQueue<String>> pages = ConcurrentHashMap.newKeySet();

    /** Sends a state to every open page. */
    void publish(String json) {
        pages.forEach(page -> page.offer(json));
    }

    /** Ends every page's stream, so that their threads are free to end. */
    void close() {
        pages.forEach(page -> page.offer(STOP));
    }

    /**
     * Streams states to one page until it goes away or the preview stops. A comment line every
     * second finds a page that has gone (its write fails) and keeps the connection open through
     * proxies that close a quiet one.
     *
     * @return false when there are already {@link #MAX_PAGES} streams, and none was started
     */
    boolean stream(HttpExchange exchange, Supplier<String> current) throws IOException {
        if (pages.size() >= MAX_PAGES) {
            return false;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        // Listening before the current state is read: a change in between is sent twice, not lost.
        pages.add(queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            // A page whose stream broke asks again after half a second.
            write(out, "retry: 500\n\ndata: " + current.get() + "\n\n");
            while (true) {
                String message = queue.poll(KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS);
                if (STOP.equals(message)) {
                    break;
                }
                write(out, message == null ? ":\n\n" : "data: " + message + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed or reloaded.
        } finally {
            pages.remove(queue);
            exchange.close();
        }
        return true;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
