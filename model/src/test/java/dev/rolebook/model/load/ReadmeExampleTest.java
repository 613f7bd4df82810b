package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog examples of README.md (a small one) and of the user guide (every field) are valid
 * catalogs, so a user can start from either.
 */
class ReadmeExampleTest {

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/guide.md"})
    void catalogExampleLoadsWithoutProblems(String page) throws IOException {
        String text = Files.readString(Path.of("..").resolve(page));
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(block.find()).as(page + " has a yaml example").isTrue();

        LoadResult result = TestCatalogs.LOADER.load(new ByteArrayInputStream(
                block.group(1).getBytes(StandardCharsets.UTF_8)), page + " example", Syntax.YAML);

        assertThat(result.problems()).isEmpty();
        assertThat(result.orThrow().roles()).singleElement()
                .satisfies(role -> assertThat(role.salary().currency()).isEqualTo("AMD"));
    }
}
