package dev.rolebook.templates;

import dev.rolebook.xhtml.TemplateResources;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of files `rolebook init` copies names every template, stylesheet and label file there is. */
class StarterFilesTest {
    @Test
    void starterFilesAreExactlyTheTemplatesStylesheetsAndLabels() throws IOException, URISyntaxException {
        // Found through a file of its own: the package folder also exists among the test classes.
        Path root = Path.of(TemplateResources.class.getResource("/dev/rolebook/templates/handbook.ftl").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
            var editable = files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.matches(".*\\.(ftl|css)$") || name.startsWith("labels/"))
                    .toList();
            assertThat(TemplateResources.starterFiles()).containsExactlyInAnyOrderElementsOf(editable);
        }
    }
}
