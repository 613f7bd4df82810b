package dev.rolebook.cli;

import java.io.IOException;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A progress bar with rate and time left, on stderr, only when a person is watching (a terminal)
 * and not --quiet; scripts and CI logs get no bar. Closing it ends its line, once, so that what is
 * printed next (the summary, or the summary of an interrupted run) starts on a line of its own.
 */
final class Progress implements AutoCloseable {
    /** The width the progress bar library takes when the terminal does not tell. */
    private static final int DEFAULT_WIDTH = 80;

    /** Null when nothing is drawn. */
    private final ProgressBar bar;
    private boolean closed;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar counting to {@code total}; one that draws nothing when there is no terminal to draw it on. */
    static Progress of(long total, Console console) {
        if (System.console() == null || console.isQuiet()) {
            return new Progress(null);
        }
        Terminal terminal;
        try {
            // The bar asks the terminal for its width. The library would open the terminal itself,
            // with JLine's default of native signals: that puts the system's default action for
            // Ctrl-C in place of Java's, so the program died at once, without its shutdown hooks
            // (no "interrupted" summary, temporary files left behind). Ctrl-C belongs to the command.
            terminal = TerminalBuilder.builder().system(true).nativeSignals(false).dumb(true).build();
        } catch (IOException | RuntimeException e) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName("sheets")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new Line(terminal))
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .build());
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Draws the bar a last time and ends its line; again, nothing. Safe from a shutdown hook. */
    @Override
    public synchronized void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }

    /** The bar redrawn on one line of stderr, as wide as the terminal is now (it may be resized). */
    private static final class Line extends ConsoleProgressBarConsumer {
        private final Terminal terminal;

        Line(Terminal terminal) {
            super(System.err);
            this.terminal = terminal;
        }

        @Override
        public int getMaxRenderedLength() {
            int width = terminal.getWidth();
            // One column spare: a line that fills the terminal would wrap before the next redraw.
            return (width > 0 ? width : DEFAULT_WIDTH) - 1;
        }

        @Override
        public void close() {
            super.close();
            try {
                terminal.close();
            } catch (IOException e) {
                // Only the width was read from it; nothing is lost.
            }
        }
    }
}
