package dev.rolebook.testing;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Catalogs for tests: the bundled editions, and small ones written in the test. */
public final class Catalogs {
    private static final CatalogLoader LOADER = new CatalogLoader();

    private Catalogs() {}

    public static Catalog bundled(String language) {
        return LOADER.load(new BundledCatalogs.Edition("business-world", language)).orThrow();
    }

    /** A catalog from YAML text; fails the test if the text is not a valid catalog. */
    public static Catalog fromYaml(String yaml) {
        try {
            return LOADER.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml",
                    dev.rolebook.model.load.Syntax.YAML).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-role catalog whose every text is {@code text}, for escaping and font tests. */
    public static Catalog everywhere(String text) {
        String quoted = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return fromYaml("""
                format_version: 1
                id: everywhere
                language: en
                title: %1$s
                source: {work: %1$s, author: %1$s, page: %1$s}
                organization: {name: %1$s, address: %1$s}
                departments:
                  - id: dept
                    name: %1$s
                    quotes: [{text: %1$s, author: %1$s}]
                    roles:
                      - id: role
                        title: %1$s
                        alternative_title: %1$s
                        summary: [%1$s]
                        responsibilities:
                          lead_in: %1$s
                          heading: %1$s
                          areas: [{title: %1$s, items: [%1$s]}]
                        requirements: [%1$s]
                        reports_to: %1$s
                        pitfalls: {heading: %1$s, items: [{title: %1$s, detail: %1$s}]}
                        example: {heading: %1$s, paragraphs: [%1$s]}
                """.formatted(quoted));
    }
}
