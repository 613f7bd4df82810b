package dev.rolebook.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters the CSV parser reads for one row and stops past a limit, so that a cell
 * without end (a file of one line from /dev/zero, a quote never closed in a 10 GB file) fails at
 * that row instead of filling memory: the parser keeps a whole cell in memory before it returns it.
 */
final class RecordBoundReader extends FilterReader {
    private final long limit;
    private long sinceRow;

    RecordBoundReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Called when the parser has returned a row. */
    void rowDone() {
        sinceRow = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws IOException {
        sinceRow += n;
        if (sinceRow > limit) {
            throw new RowTooLong(limit);
        }
    }

    /** A row longer than the limit; the parser passes it on wrapped in an UncheckedIOException. */
    static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLong(long limit) {
            super("a row longer than " + String.format("%,d", limit) + " characters");
        }
    }
}
