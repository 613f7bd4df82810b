package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A role's version stays with its text: reformatting leaves it, any change of a text moves it. */
class RoleVersionTest {
    private static final String CATALOG = """
            format_version: 1
            id: acme
            language: en
            title: Acme
            departments:
              - id: sales
                name: Sales
                roles:
                  - id: clerk
                    title: Clerk
                    summary: ["Sells things to people."]
                    responsibilities: {areas: [{title: Selling, items: [Sell., Count the till.]}]}
                    pitfalls: {items: [{title: Rudeness, detail: Do not be rude.}]}
                    salary: {min: 400000, currency: AMD, period: month}
                  - id: buyer
                    title: Buyer
                    summary: [Buys things.]
                    responsibilities: {areas: [{title: Buying, items: [Buy.]}]}
            """;

    @Test
    void reformattingTheCatalogLeavesEveryVersion() throws IOException {
        Map<String, String> original = versions(CATALOG);
        // Keys reordered, flow style made block, a text folded over lines, quotes changed, as JSON.
        String reformatted = """
                id: acme
                format_version: 1
                title: 'Acme'
                language: en
                departments:
                  - name: Sales
                    id: sales
                    roles:
                      - title: Clerk
                        id: clerk
                        responsibilities:
                          areas:
                            - items:
                                - "Sell."
                                - Count the till.
                              title: Selling
                        summary:
                          - >-
                            Sells things
                            to people.
                        pitfalls: {items: [{detail: "Do not be rude.", title: Rudeness}]}
                        salary: {period: month, currency: AMD, min: 4.0e5}
                      - {id: buyer, title: Buyer, summary: [Buys things.], responsibilities: {areas: [{title: Buying, items: [Buy.]}]}}
                """;
        assertThat(versions(reformatted)).isEqualTo(original);
        String json = """
                {"format_version": 1, "id": "acme", "language": "en", "title": "Acme", "departments": [{"id": "sales",
                 "name": "Sales", "roles": [{"id": "clerk", "title": "Clerk", "summary": ["Sells  things to people."],
                 "responsibilities": {"areas": [{"title": "Selling", "items": ["Sell.", "Count the till."]}]},
                 "pitfalls": {"items": [{"title": "Rudeness", "detail": "Do not be rude."}]},
                 "salary": {"min": 400000.00, "currency": "AMD", "period": "month"}},
                 {"id": "buyer", "title": "Buyer", "summary": ["Buys things."],
                 "responsibilities": {"areas": [{"title": "Buying", "items": ["Buy."]}]}}]}]}
                """;
        assertThat(versions(json, Syntax.JSON)).as("the same catalog as JSON").isEqualTo(original);
        assertThat(original.values()).allMatch(version -> version.matches("[0-9a-f]{8}"));
    }

    @Test
    void anyChangeOfARolesTextMovesItsVersionAndNoOthers() throws IOException {
        Map<String, String> original = versions(CATALOG);
        Map<String, String> duty = versions(CATALOG.replace("Count the till.", "Count the till twice."));
        assertThat(duty.get("clerk")).isNotEqualTo(original.get("clerk"));
        assertThat(duty.get("buyer")).as("another role's change").isEqualTo(original.get("buyer"));
        assertThat(versions(CATALOG.replace("Do not be rude.", "Never be rude.")).get("clerk")).isNotEqualTo(original.get("clerk"));
        assertThat(versions(CATALOG.replace("title: Clerk", "title: Sales clerk")).get("clerk")).isNotEqualTo(original.get("clerk"));
        assertThat(versions(CATALOG.replace("min: 400000", "min: 450000")).get("clerk")).isNotEqualTo(original.get("clerk"));
        assertThat(versions(CATALOG.replace("name: Sales", "name: Retail")).get("buyer"))
                .as("the department a sheet names").isNotEqualTo(original.get("buyer"));
        assertThat(versions(CATALOG.replace("id: buyer", "id: purchaser")).get("purchaser"))
                .as("a new id is not a new text").isEqualTo(original.get("buyer"));
    }

    private static Map<String, String> versions(String yaml) throws IOException {
        return versions(yaml, Syntax.YAML);
    }

    private static Map<String, String> versions(String text, Syntax syntax) throws IOException {
        Catalog catalog = TestCatalogs.LOADER.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "catalog", syntax).orThrow();
        Map<String, String> versions = new LinkedHashMap<>();
        for (Department department : catalog.departments()) {
            for (Role role : department.roles()) {
                versions.put(role.id(), RoleVersion.of(department, role));
            }
        }
        return versions;
    }
}
