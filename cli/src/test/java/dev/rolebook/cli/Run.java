package dev.rolebook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command in a test: exit code, stdout and stderr. */
record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rolebook.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A run as if in {@code folder}: its rolebook.yaml is read. */
    static Run in(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rolebook.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), folder);
        return new Run(code, out.toString(), err.toString());
    }

    /** A run with {@code input} as its standard input (for {@code -}), which is put back afterwards. */
    static Run withInput(byte[] input, String... args) {
        synchronized (System.class) {
            java.io.InputStream before = System.in;
            System.setIn(new java.io.ByteArrayInputStream(input));
            try {
                return of(args);
            } finally {
                System.setIn(before);
            }
        }
    }

    static Run withInput(String input, String... args) {
        return withInput(input.getBytes(java.nio.charset.StandardCharsets.UTF_8), args);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
