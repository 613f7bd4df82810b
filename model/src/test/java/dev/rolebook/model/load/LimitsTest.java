package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile sizes end in one clear error, never in an OutOfMemoryError or StackOverflowError. */
class LimitsTest {
    @TempDir
    Path folder;

    @Test
    void twentyMegabyteStringIsRefusedBeforeParsing() throws IOException {
        Path file = folder.resolve("huge.yaml");
        String minimal = Files.readString(BrokenCatalogTest.fixture("../valid/minimal.yaml"));
        Files.writeString(file, minimal.replace("Sells things.", "x".repeat(20_000_000)));

        LoadResult result = TestCatalogs.LOADER.load(file);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                file + ": the file has more than 16,777,216 bytes (16 MiB), the limit for a catalog");
    }

    @Test
    void oversizedStreamIsRefusedWithoutReadingItAll() throws IOException {
        byte[] bytes = new byte[Limits.MAX_FILE_BYTES + 10];
        LoadResult result = TestCatalogs.LOADER.load(new ByteArrayInputStream(bytes), "stdin", Syntax.JSON);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "stdin: the file has more than 16,777,216 bytes (16 MiB), the limit for a catalog");
    }

    @Test
    void aDeviceWithoutEndIsReadOnlyToTheLimit() {
        Path zeros = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zeros), "no /dev/zero on this system");
        LoadResult result = TestCatalogs.LOADER.load(zeros);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "/dev/zero: the file has more than 16,777,216 bytes (16 MiB), the limit for a catalog");
    }

    @Test
    void textLongerThanTheLimitIsLocated() throws IOException {
        String minimal = Files.readString(BrokenCatalogTest.fixture("../valid/minimal.yaml"));
        String yaml = minimal.replace("Sells things.", "y".repeat(150_000));

        LoadResult result = load(yaml, Syntax.YAML);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "long.yaml:12:13: departments[0].roles[0].summary[0]: text of 150,000 characters is longer than"
                        + " the limit of 100,000");
    }

    @Test
    void aTenThousandCharacterWordIsFine() throws IOException {
        String minimal = Files.readString(BrokenCatalogTest.fixture("../valid/minimal.yaml"));
        LoadResult result = load(minimal.replace("Sells things.", "w".repeat(10_000)), Syntax.YAML);
        assertThat(result.problems()).isEmpty();
        assertThat(result.orThrow().roles().get(0).summary().get(0)).hasSize(10_000);
    }

    @Test
    void deepYamlNestingStopsAtTheLimit() throws IOException {
        String yaml = "format_version: 1\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        LoadResult result = load(yaml, Syntax.YAML);
        assertThat(result.problems()).singleElement().extracting(Problem::toString).asString()
                .startsWith("long.yaml:2:35: x[0]")
                .endsWith(": nested more than 32 levels deep; a catalog needs far fewer");
    }

    @Test
    void aliasBombReportsAFewProblemsAndStops() {
        LoadResult result = TestCatalogs.LOADER.load(BrokenCatalogTest.fixture("alias-bomb.yaml"));
        assertThat(result.problems()).hasSize(Limits.MAX_PROBLEMS + 1);
        assertThat(result.problems().get(1).toString())
                .endsWith("alias-bomb.yaml:5:4: a: YAML anchor '&a' is not supported;"
                        + " write the text out in full wherever it is used");
        assertThat(result.problems().get(Limits.MAX_PROBLEMS).toString())
                .matches(".*alias-bomb.yaml: \\d+ more problems not shown; mend these and load the file again");
    }

    @Test
    void manyWarningsAreCappedButDoNotFailTheCatalog() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                format_version: 1
                id: many
                language: en
                title: Many roles without pitfalls
                departments:
                  - id: sales
                    name: Sales
                    roles:
                """);
        for (int i = 1; i <= 40; i++) {
            yaml.append("      - {id: clerk-").append(i).append(", title: Clerk, summary: [Sells.],"
                    + " responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}\n");
        }
        LoadResult result = load(yaml.toString(), Syntax.YAML);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.catalog()).isPresent();
        assertThat(result.problems()).hasSize(Limits.MAX_PROBLEMS + 1);
        assertThat(result.problems().get(Limits.MAX_PROBLEMS).toString())
                .isEqualTo("long.yaml: warning: 30 more problems not shown; mend these and load the file again");
    }

    private static LoadResult load(String text, Syntax syntax) throws IOException {
        return TestCatalogs.LOADER.load(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "long.yaml", syntax);
    }
}
