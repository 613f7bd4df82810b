package dev.rolebook.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;

/**
 * An employee list: a header row, then one employee a row, UTF-8 (a byte order mark is
 * tolerated), RFC 4180 quoting, read with Apache Commons CSV one row at a time, so a file of any
 * length takes little memory. Columns {@code role} and {@code name} are required.
 */
final class EmployeeCsv implements AutoCloseable, Iterable<EmployeeCsv.Row> {
    static final List<String> REQUIRED = List.of("role", "name");
    /** The same limit as a catalog's texts. */
    static final int MAX_CELL = 100_000;
    /** Characters the parser may read for one row: ten full cells, and the parser's read-ahead. */
    private static final long MAX_ROW = 10L * MAX_CELL + 65_536;

    /**
     * One data row: the line it starts on, its place among the rows (the {@code {row}} of file
     * names), its cells by column, and, when it cannot be used as it is, why.
     */
    record Row(long line, long number, Map<String, String> cells, String broken) {}

    private final Path file;
    private final CSVParser parser;
    private final RecordBoundReader text;
    private final List<String> header;

    private EmployeeCsv(Path file, CSVParser parser, RecordBoundReader text) {
        this.file = file;
        this.parser = parser;
        this.text = text;
        this.header = parser.getHeaderNames();
    }

    /** Opens the list, its encoding checked first. */
    static EmployeeCsv open(Path file) {
        return open(file, true);
    }

    /**
     * Opens the list; {@code checkEncoding} false for a second reading of a list already checked
     * (a byte that is not UTF-8 would still stop the reading, as broken quoting).
     */
    static EmployeeCsv open(Path file, boolean checkEncoding) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // The list is read twice (names first, then the rows), which a pipe or device cannot give.
            throw new UserError("employee list " + file + " is not a file (a folder, device or pipe?); save the list"
                    + " as a file and name that");
        }
        try {
            if (checkEncoding) {
                checkEncoding(file);
            }
            BOMInputStream bytes = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
            RecordBoundReader text = new RecordBoundReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), MAX_ROW);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
                    // Duplicates are let through to checkHeader, which names them in words.
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
            EmployeeCsv csv = new EmployeeCsv(file, CSVParser.builder().setReader(text).setFormat(format).get(), text);
            try {
                csv.checkHeader();
            } catch (UserError e) {
                csv.close();
                throw e;
            }
            return csv;
        } catch (NoSuchFileException e) {
            throw new UserError("employee list " + file + " does not exist");
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new UserError(file + ":1: the header row cannot be read: " + rootMessage(e));
        }
    }

    /** Refuses a list with bytes that are not UTF-8, naming the first few by line and column. */
    private static void checkEncoding(Path file) throws IOException {
        Utf8Check.Found found;
        try (BOMInputStream bytes = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get()) {
            found = Utf8Check.find(bytes, 5);
        }
        List<Utf8Check.Invalid> invalid = found.first();
        long total = found.total();
        if (invalid.isEmpty()) {
            return;
        }
        Utf8Check.Invalid first = invalid.get(0);
        StringBuilder message = new StringBuilder(String.format("%s:%d:%d: byte 0x%02X is not UTF-8", file, first.line(),
                first.column(), first.value()));
        if (total > 1) {
            List<String> lines = invalid.stream().map(b -> String.valueOf(b.line())).distinct().toList();
            message.append(String.format(" (nor are %,d more, on line%s %s%s)", total - 1, lines.size() > 1 ? "s" : "",
                    String.join(", ", lines), total > invalid.size() ? " and later" : ""));
        }
        message.append("; save the list as UTF-8 (in Excel: \"CSV UTF-8\"); no sheet was made");
        throw new UserError(message.toString());
    }

    private void checkHeader() {
        for (int i = 0; i < header.size(); i++) {
            int again = header.subList(i + 1, header.size()).indexOf(header.get(i));
            if (again >= 0 && !header.get(i).isEmpty()) {
                throw new UserError(file + ":1: the header names the column '" + header.get(i) + "' twice (columns "
                        + (i + 1) + " and " + (i + again + 2) + "); a cell could not tell which it belongs to, so"
                        + " rename or remove one");
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new UserError(file + ":1: the header has no '" + column + "' column (it has: "
                        + String.join(", ", header) + "); required: " + String.join(", ", REQUIRED));
            }
        }
    }

    List<String> header() {
        return header;
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long number;
            private boolean stopped;
            /** The report of a quoting error found while looking for the next row. */
            private Row pending;

            @Override
            public boolean hasNext() {
                if (stopped) {
                    return false;
                }
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    stopped = true;
                    // The parser cannot tell where rows start after this, so nothing further is read.
                    String why = e.getCause() instanceof RecordBoundReader.RowTooLong tooLong
                            ? tooLong.getMessage() + " (a cell may have " + String.format("%,d", MAX_CELL)
                                    + " characters; a quote that is never closed?)"
                            : "broken quoting (a \" inside a quoted cell is written \"\")";
                    pending = new Row(parser.getCurrentLineNumber(), number + 1, Map.of(),
                            why + "; this row and those after it were not read");
                    return true;
                }
            }

            @Override
            public Row next() {
                number++;
                if (pending != null) {
                    Row broken = pending;
                    pending = null;
                    return broken;
                }
                CSVRecord record = records.next();
                text.rowDone();
                Map<String, String> cells = new LinkedHashMap<>();
                long newlines = 0;
                for (int i = 0; i < header.size(); i++) {
                    String value = i < record.size() ? record.get(i) : "";
                    cells.put(header.get(i), value);
                    newlines += value.chars().filter(c -> c == '\n').count();
                }
                String broken = record.size() == header.size() ? null
                        : "has " + record.size() + " cells where the header has " + header.size();
                for (Map.Entry<String, String> cell : cells.entrySet()) {
                    if (broken == null && cell.getValue().length() > MAX_CELL) {
                        broken = "the cell '" + cell.getKey() + "' has " + String.format("%,d", cell.getValue().length())
                                + " characters; a cell may have " + String.format("%,d", MAX_CELL) + ", as a catalog's texts";
                    }
                }
                return new Row(parser.getCurrentLineNumber() - newlines, number, cells, broken);
            }
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
