package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled Armenian catalog says everything the seed page says, word for word and in order. */
class SeedFidelityTest {
    private static final String PAGE_MARKER = " 6 стр.";
    private static final String WEB_LINKS = "Назад Дальше";

    private static List<String> seedLines;
    private static Catalog catalog;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SeedFidelityTest.class.getResourceAsStream("/seed/business-world-page-6.txt")) {
            seedLines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
        catalog = TestCatalogs.bundled("business-world", "hy");
    }

    @Test
    void seedFrameIsWhatTheReadmeDescribes() {
        assertThat(seedLines.get(0)).endsWith(PAGE_MARKER);
        assertThat(contentLines().get(contentLines().size() - 1)).isNotEqualTo(WEB_LINKS);
        assertThat(seedLines.stream().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b))
                .contains(WEB_LINKS);
    }

    @Test
    void firstLineIsTheSourceAttribution() {
        String attribution = seedLines.get(0).substring(0, seedLines.get(0).length() - PAGE_MARKER.length());
        assertThat(catalog.source().work() + " - " + catalog.source().author()).isEqualTo(attribution);
        assertThat(catalog.source().page()).isEqualTo("6");
    }

    @Test
    void everyContentLineOfTheSeedIsInTheCatalog() {
        String catalogText = String.join(" ", ReadingOrder.texts(catalog, true));
        List<String> missing = new ArrayList<>();
        List<String> lines = contentLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String asInCatalog = line.replaceFirst("^(.*) \\((.*)\\)$", "$1 ($2)");
            if (!catalogText.contains(asInCatalog)) {
                missing.add(line);
            }
        }
        assertThat(missing).as("seed lines missing from business-world.hy.yaml").isEmpty();
    }

    @Test
    void catalogHoldsTheSeedsWordsInTheSeedsOrderAndNothingElse() {
        List<String> seedWords = words(String.join(" ", contentLines()));
        List<String> catalogWords = words(String.join(" ", ReadingOrder.texts(catalog, false)));
        assertThat(catalogWords).containsExactlyElementsOf(seedWords);
    }

    @Test
    void departmentHeadingsAndQuoteSitWhereTheSourcePutsThem() {
        assertThat(catalog.departments()).extracting(d -> d.id()).containsExactly("sales", "marketing");
        assertThat(catalog.departments().get(1).name()).isEqualTo("Մարքեթինգի բաժին");
        assertThat(catalog.departments().get(0).name()).isEqualTo("Վաճառքի բաժին");
        assertThat(catalog.departments().get(0).quotes()).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("Յուրաքանչյուր սխալի մեջ"));
        assertThat(catalog.roles()).extracting(r -> r.id()).containsExactly(
                "account-manager", "telesales-specialist", "sales-consultant",
                "business-development-specialist", "marketing-manager");
    }

    /** The lines between the attribution line and the web edition's links, blank lines left out. */
    private static List<String> contentLines() {
        List<String> lines = new ArrayList<>();
        for (String line : seedLines.subList(1, seedLines.size())) {
            if (!line.isBlank() && !line.strip().equals(WEB_LINKS)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
