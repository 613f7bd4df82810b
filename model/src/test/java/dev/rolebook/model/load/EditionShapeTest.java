package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The English edition is a translation of the Armenian one: same ids, same parts, same counts. */
class EditionShapeTest {

    @Test
    void bothEditionsHaveTheSameShape() {
        Catalog hy = TestCatalogs.bundled("business-world", "hy");
        Catalog en = TestCatalogs.bundled("business-world", "en");
        assertThat(en.language()).as("British spelling, tagged so").isEqualTo("en-GB");
        assertThat(hy.language()).isEqualTo("hy");
        assertThat(shape(en)).containsExactlyElementsOf(shape(hy));
    }

    @Test
    void everyBundledEditionLoadsWithoutErrors() {
        for (BundledCatalogs.Edition edition : BundledCatalogs.editions()) {
            LoadResult result = TestCatalogs.LOADER.load(edition);
            assertThat(result.hasErrors()).as(edition + ": " + result.problems()).isFalse();
            assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                    edition.fileName() + ":" + lineOfMarketingManager(edition) + ":9: departments[1].roles[0]: warning: "
                            + "role 'marketing-manager' has no pitfalls; its documents will have no 'what to avoid' section",
                    edition.fileName() + ":" + lineOfMarketingManager(edition) + ":9: departments[1].roles[0]: warning: "
                            + "role 'marketing-manager' has no example; its documents will have no practical example");
        }
    }

    private static int lineOfMarketingManager(BundledCatalogs.Edition edition) {
        try (var in = edition.open()) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].equals("      - id: marketing-manager")) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no marketing-manager in " + edition);
    }

    /** One line per department and role giving ids and the number of each kind of part. */
    private static List<String> shape(Catalog catalog) {
        List<String> shape = new ArrayList<>();
        shape.add("catalog " + catalog.id() + " departments=" + catalog.departments().size());
        for (Department department : catalog.departments()) {
            shape.add("department " + department.id() + " roles=" + department.roles().size()
                    + " quotes=" + department.quotes().size());
            for (Role role : department.roles()) {
                shape.add("role " + role.id()
                        + " summary=" + role.summary().size()
                        + " leadIn=" + (role.responsibilities().leadIn() != null)
                        + " heading=" + (role.responsibilities().heading() != null)
                        + " areas=" + role.responsibilities().areas().stream().map(a -> a.items().size()).toList()
                        + " pitfalls=" + (role.pitfalls() == null ? "none" : role.pitfalls().items().size())
                        + " example=" + (role.example() == null ? "none" : role.example().paragraphs().size()));
            }
        }
        return shape;
    }
}
