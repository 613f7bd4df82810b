package dev.rolebook.templates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/** Collects a template's output, refusing to grow past a limit (a template that doubles a text in a loop). */
final class LimitedWriter extends Writer {
    private final StringWriter text = new StringWriter(16_384);
    private final long limit;
    private long written;

    LimitedWriter(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        written += length;
        if (written > limit) {
            throw new LimitExceeded(limit);
        }
        text.write(buffer, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        written += length;
        if (written > limit) {
            throw new LimitExceeded(limit);
        }
        text.write(string, offset, length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Thrown through FreeMarker, which passes a writer's IOException on as it is. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("the template writes more than " + limit / (1024 * 1024) + " MB");
        }
    }
}
