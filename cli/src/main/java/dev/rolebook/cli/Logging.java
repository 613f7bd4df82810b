package dev.rolebook.cli;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * rolebook's own warnings (through {@link System.Logger}, which is java.util.logging here) become
 * {@code warning:} lines on the console; Flying Saucer's and other libraries' log output is off.
 */
final class Logging {
    private static final Logger ROLEBOOK = Logger.getLogger("dev.rolebook");

    private Logging() {}

    static void routeTo(Console console) {
        // Flying Saucer reads this before its first log call and then stays silent.
        System.setProperty("xr.util-logging.loggingEnabled", "false");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        ROLEBOOK.setLevel(Level.WARNING);
        ROLEBOOK.setUseParentHandlers(false);
        for (Handler handler : ROLEBOOK.getHandlers()) {
            ROLEBOOK.removeHandler(handler);
        }
        ROLEBOOK.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    console.warning(new java.util.logging.SimpleFormatter().formatMessage(record));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }
}
