package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken catalog in {@code catalogs/broken/} gets exactly the located messages a user needs to
 * mend it, and never an exception.
 */
class BrokenCatalogTest {
    private static final String BLANK = ".title: must not be blank (white space and invisible characters alone print nothing)";
    private static final String R = "departments[0].roles[0]";

    static Stream<Arguments> fixtures() {
        return Stream.of(
                broken("syntax-error.yaml", "25:1: " + R + ".title: YAML syntax error: found unexpected end of stream"
                        + " (while scanning a quoted scalar that starts at line 10, column 16)"),
                broken("syntax-error.json", "13:28: " + R + ".title: syntax error: Unexpected character (',' (code 44)):"
                        + " was expecting double-quote to start field name"),
                broken("wrong-type.yaml", "10:16: " + R + ".title: expected text, found a list"),
                broken("number-as-text.yaml",
                        "7:11: departments[0].name: expected text, found a number; put it in quotes: \"42\""),
                broken("missing-field.yaml", "9:9: " + R + ": missing required field 'title'"),
                broken("unknown-field.yaml",
                        "9:9: " + R + ": missing required field 'title'",
                        "10:9: " + R + ".titel: unknown field 'titel'; did you mean 'title'?"),
                broken("duplicate-key.yaml",
                        "11:9: " + R + ".title: duplicate field 'title' (first at line 10); keep one of them"),
                // Schema and rules at once, in file order: nobody mends one to meet the next.
                broken("several-problems.yaml",
                        "9:9: " + R + ": missing required field 'summary'",
                        "11:9: " + R + ".sumary: unknown field 'sumary'; did you mean 'summary'?",
                        "25:13: departments[0].roles[1].id: duplicate role id 'clerk' (also at line 9); ids must be unique",
                        "26:16: departments[0].roles[1]" + BLANK),
                broken("duplicate-role-id.yaml",
                        "25:13: departments[0].roles[1].id: duplicate role id 'clerk' (also at line 9); ids must be unique"),
                // Jackson's YAML parser does not expose anchors on scalars (only on lists and groups);
                // the anchor alone changes nothing, and its use, the alias, is refused.
                broken("anchor-and-alias.yaml",
                        "7:11: departments[0].name: YAML alias '*job' is not supported; write the text out in full"),
                broken("malformed-id.yaml", "9:13: " + R + ".id: must be kebab-case: lowercase letters and digits,"
                        + " words joined by single hyphens (e.g. account-manager)"),
                broken("blank-text.yaml", "10:16: " + R + BLANK),
                broken("unicode-blank-text.yaml", "10:16: " + R + BLANK),
                broken("empty-value.yaml", "10:15: " + R + BLANK),
                broken("empty-list.yaml", "11:18: " + R + ".summary: must not be empty"),
                broken("wrong-format-version.yaml", "1:17: format_version: must be 1"),
                broken("unknown-enum.yaml", "11:26: " + R + ".employment_type: must be one of: full-time, part-time,"
                        + " contractor, temporary, intern, volunteer, per-diem, other"),
                broken("impossible-date.yaml", "11:24: " + R + ".valid_through: must be a date written YYYY-MM-DD"),
                broken("salary-min-over-max.yaml", "11:23: " + R + ".salary.min: is greater than 'max' (500000)"),
                broken("logo-outside-folder.yaml", "7:9: organization.logo: must be a path relative to the catalog"
                        + " file, inside its folder (no '..', not absolute)"),
                broken("empty.yaml", "the file is empty; a catalog starts with 'format_version: 1'"),
                broken("two-documents.yaml", "26:1: a second document follows the catalog; a file holds one catalog"),
                broken("escaped-control-character.yaml", "12:13: " + R + ".summary[0]: contains the control character"
                        + " U+0007 at character 6, which documents cannot hold; remove it"),
                broken("huge-salary.yaml",
                        "9:9: " + R + ": warning: role 'clerk' has no pitfalls; its documents will have no 'what to avoid' section",
                        "9:9: " + R + ": warning: role 'clerk' has no example; its documents will have no practical example",
                        "18:23: " + R + ".salary.min: must not be more than 1000000000000"
                        + " (a number that large is surely a typing mistake)"),
                broken("c1-control-character.yaml", "12:13: " + R + ".summary[0]: contains the control character"
                        + " U+0091 at character 6, which documents cannot hold; remove it"),
                broken("control-character.json", "15:13: " + R + ".summary[0]: contains the control character"
                        + " U+0007 at character 6, which documents cannot hold; remove it"),
                broken("raw-control-character.json", "15:19: " + R + ".summary[0]: syntax error: Illegal unquoted"
                        + " character ((CTRL-CHAR, code 1)): has to be escaped using backslash to be included in string value"),
                broken("lone-surrogate.json", "15:13: " + R + ".summary[0]: contains an unpaired surrogate U+D800"
                        + " at character 7, which documents cannot hold; remove it"),
                broken("array-root.json", "1:1: expected a group of fields, found a list"),
                broken("deep-nesting.json", "3:39: x" + "[0]".repeat(31)
                        + ": nested more than 32 levels deep; a catalog needs far fewer"),
                broken("utf16.yaml", "1:1: the file is UTF-16 encoded; save it as UTF-8"),
                broken("utf16-without-bom.yaml", "1:1: the file is UTF-16 encoded; save it as UTF-8"),
                broken("nul-character.yaml", "12:18: a NUL character (U+0000), which no document can hold; remove it"
                        + " (was the file saved by a program that pads with zeros?)"),
                broken("not-utf8.yaml", "12:21: byte 0xE9 is not UTF-8; save the file as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryProblemWithItsLocation(String fixture, String[] expected) {
        Path file = fixture(fixture);
        LoadResult result = TestCatalogs.LOADER.load(file);

        assertThat(result.catalog()).isEmpty();
        String prefix = file + (expected[0].matches("^\\d+:\\d+: .*") ? ":" : ": ");
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly(Stream.of(expected).map(e -> prefix + e).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void exceptionNeverEscapesOrThrowMessage(String fixture, String[] expected) {
        LoadResult result = TestCatalogs.LOADER.load(fixture(fixture));
        assertThat(result.hasErrors()).isTrue();
        try {
            result.orThrow();
        } catch (InvalidCatalogException e) {
            assertThat(e.getMessage()).contains(expected[expected.length - 1]);
            return;
        }
        throw new AssertionError("orThrow returned a catalog for " + fixture);
    }

    private static Arguments broken(String fixture, String... expected) {
        return Arguments.of(fixture, expected);
    }

    static Path fixture(String name) {
        try {
            return Path.of(BrokenCatalogTest.class.getResource("/catalogs/broken/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
