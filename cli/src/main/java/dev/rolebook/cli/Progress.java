package dev.rolebook.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with rate and time left, on stderr, only when a person is watching (a terminal)
 * and not --quiet; scripts and CI logs get no bar.
 */
final class Progress {
    private Progress() {}

    /** A bar, or null when there is no terminal to draw it on. */
    static ProgressBar bar(long total, Console console) {
        if (System.console() == null || console.isQuiet()) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName("sheets")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .build();
    }

    static void step(ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }
}
