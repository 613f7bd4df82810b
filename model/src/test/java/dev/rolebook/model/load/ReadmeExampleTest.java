package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog example in README.md is a valid catalog, so a user can start from it. */
class ReadmeExampleTest {

    @Test
    void readmeCatalogExampleLoadsWithoutProblems() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README.md has a yaml example").isTrue();

        LoadResult result = TestCatalogs.LOADER.load(new ByteArrayInputStream(
                block.group(1).getBytes(StandardCharsets.UTF_8)), "README.md example", Syntax.YAML);

        assertThat(result.problems()).isEmpty();
        assertThat(result.orThrow().roles()).singleElement()
                .satisfies(role -> assertThat(role.salary().currency()).isEqualTo("AMD"));
    }
}
