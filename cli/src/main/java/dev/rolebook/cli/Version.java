package dev.rolebook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code rolebook --version}: the build's version and the Java it runs on. */
final class Version implements IVersionProvider {
    static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rolebook " + number(), "Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + ")"};
    }
}
