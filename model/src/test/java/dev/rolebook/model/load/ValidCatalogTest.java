package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.EmploymentType;
import dev.rolebook.model.SalaryPeriod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a well-formed catalog turns into. */
class ValidCatalogTest {

    @Test
    void yamlAndJsonGiveTheSameCatalog() {
        Catalog yaml = load("minimal.yaml");
        Catalog json = load("minimal.json");
        assertThat(json).isEqualTo(yaml);
        assertThat(yaml.roles()).singleElement().satisfies(role -> {
            assertThat(role.title()).isEqualTo("Clerk");
            assertThat(role.pitfalls().items().get(0).detail()).isEqualTo("Do not be rude.");
            assertThat(role.requirements()).isEmpty();
            assertThat(role.alternativeTitle()).isNull();
        });
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        assertThat(load("utf8-bom.yaml")).isEqualTo(load("minimal.yaml"));
    }

    @Test
    void postingFieldsAndSchemaHintAreRead() throws IOException {
        String yaml = """
                # yaml-language-server: $schema=catalog.schema.json
                $schema: ./catalog.schema.json
                format_version: 1
                id: acme
                language: hy-AM
                title: Acme roles
                organization: {name: Acme, website: "https://acme.example", email: hr@acme.am, logo: img/logo.png}
                departments:
                  - id: sales
                    name: Sales
                    roles:
                      - id: clerk
                        title: Clerk
                        summary: [Sells things.]
                        responsibilities: {areas: [{title: Selling, items: [Sell.]}]}
                        pitfalls: {items: [{title: Rudeness, detail: Do not be rude.}]}
                        example: {paragraphs: [A clerk sells a pen.]}
                        requirements: [Two years in retail.]
                        reports_to: Head of sales
                        employment_type: part-time
                        location: {city: Yerevan, country: AM, remote: false}
                        salary: {min: 300000, max: 450000.50, currency: AMD, period: month}
                        valid_through: 2026-12-31
                """;
        LoadResult result = TestCatalogs.LOADER.load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "acme.yaml", Syntax.YAML);
        assertThat(result.problems()).isEmpty();
        var role = result.orThrow().roles().get(0);
        assertThat(role.employmentType()).isEqualTo(EmploymentType.PART_TIME);
        assertThat(role.salary().max()).isEqualByComparingTo(new BigDecimal("450000.50"));
        assertThat(role.salary().period()).isEqualTo(SalaryPeriod.MONTH);
        assertThat(role.validThrough()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(role.location().city()).isEqualTo("Yerevan");
        assertThat(role.reportsTo()).isEqualTo("Head of sales");
        assertThat(result.orThrow().organization().logo()).isEqualTo("img/logo.png");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        LoadResult result = TestCatalogs.LOADER.load(Path.of("no/such/catalog.yaml"));
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("no/such/catalog.yaml: no such file");
    }

    private static Catalog load(String name) {
        return TestCatalogs.LOADER.load(BrokenCatalogTest.fixture("../valid/" + name)).orThrow();
    }
}
