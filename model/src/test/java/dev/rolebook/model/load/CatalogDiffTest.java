package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.diff.CatalogDiff;
import dev.rolebook.model.diff.CatalogDiff.Change;
import dev.rolebook.model.diff.CatalogDiff.Kind;
import dev.rolebook.model.diff.CatalogDiff.RoleChanges;
import dev.rolebook.model.diff.CatalogDiff.Status;
import dev.rolebook.model.diff.WordDiff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled Armenian edition against a copy with one duty changed, one added, one pitfall
 * removed and one role renamed: the diff reports exactly those, each at its place.
 */
class CatalogDiffTest {
    private static final String CHANGED_DUTY = "Նոր հաճախորդներ ներգրավելու համար սառը զանգեր կատարելը:";
    private static final String NEW_DUTY_TEXT = "Նոր հաճախորդներ ներգրավելու համար ամեն օր զանգեր կատարելը:";
    private static final String AFTER_THIS_DUTY = "                - \"Հետևել ընթացիկ պատվերներին, գործարքներին և հաճախորդների կարիքներին:\"\n";
    private static final String ADDED_DUTY = "Ամեն ամիս հաշվետվություն ներկայացնել ղեկավարին:";
    private static final String REMOVED_PITFALL = "            - title: \"Ապրանքի մասին գիտելիքների պակաս:\"\n"
            + "              detail: \"Վաճառվող ապրանքների կամ ծառայությունների մասին անբավարար գիտելիքները կարող են"
            + " առաջացնել հաճախորդների դժգոհություն և նվազեցնել վաճառողի վստահելիությունը:\"\n";
    private static final String OLD_TITLE = "title: \"Բիզնեսի զարգացման մասնագետ\"";
    private static final String NEW_TITLE = "title: \"Բիզնեսի զարգացման ղեկավար\"";

    @Test
    void reportsExactlyTheChangesMade() throws IOException {
        String original = bundledText();
        String edited = replaceOnce(original, CHANGED_DUTY, NEW_DUTY_TEXT);
        edited = replaceOnce(edited, AFTER_THIS_DUTY, AFTER_THIS_DUTY + "                - \"" + ADDED_DUTY + "\"\n");
        edited = replaceOnce(edited, REMOVED_PITFALL, "");
        edited = replaceOnce(edited, OLD_TITLE, NEW_TITLE);

        List<RoleChanges> roles = CatalogDiff.between(load(original), load(edited));

        assertThat(roles).extracting(RoleChanges::id).containsExactly("account-manager", "telesales-specialist",
                "sales-consultant", "business-development-specialist");
        assertThat(roles).allSatisfy(role -> {
            assertThat(role.status()).isEqualTo(Status.CHANGED);
            assertThat(role.changes()).hasSize(1);
            assertThat(role.versionBefore()).isNotEqualTo(role.versionAfter());
        });
        assertThat(roles.get(0).changes().get(0)).isEqualTo(new Change(Kind.ADDED,
                "duty under «Հաճախորդների պորտֆելի կառավարում:»", "responsibilities.areas[0].items[1]",
                "responsibilities.areas.items", 2, "Հաճախորդների պորտֆելի կառավարում:", null, ADDED_DUTY));
        assertThat(roles.get(1).changes().get(0)).isEqualTo(new Change(Kind.CHANGED,
                "duty under «Վաճառքի զանգերի նախաձեռնում:»", "responsibilities.areas[1].items[1]",
                "responsibilities.areas.items", 2, "Վաճառքի զանգերի նախաձեռնում:", CHANGED_DUTY, NEW_DUTY_TEXT));
        Change pitfall = roles.get(2).changes().get(0);
        assertThat(pitfall.kind()).isEqualTo(Kind.REMOVED);
        assertThat(pitfall.where()).isEqualTo("pitfall «Ապրանքի մասին գիտելիքների պակաս:»");
        assertThat(pitfall.field()).isEqualTo("pitfalls.items[1]");
        assertThat(pitfall.before()).startsWith("Ապրանքի մասին գիտելիքների պակաս: — Վաճառվող ապրանքների");
        assertThat(roles.get(3).changes().get(0)).isEqualTo(new Change(Kind.CHANGED, "title", "title", "title", 0, null,
                "Բիզնեսի զարգացման մասնագետ", "Բիզնեսի զարգացման ղեկավար"));
        assertThat(roles.get(3).title()).isEqualTo("Բիզնեսի զարգացման ղեկավար");
    }

    @Test
    void aCatalogAgainstItselfReformattedHasNoChanges() throws IOException {
        String original = bundledText();
        String rewrapped = original.replace(CHANGED_DUTY, CHANGED_DUTY.replace(" ", "  "));
        assertThat(CatalogDiff.between(load(original), load(rewrapped))).isEmpty();
    }

    @Test
    void rolesAddedAndRemovedAreNamed() throws IOException {
        String original = bundledText();
        String renamedId = replaceOnce(original, "- id: marketing-manager", "- id: head-of-marketing");
        List<RoleChanges> roles = CatalogDiff.between(load(original), load(renamedId));
        assertThat(roles).extracting(RoleChanges::id, RoleChanges::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("head-of-marketing", Status.ADDED),
                org.assertj.core.groups.Tuple.tuple("marketing-manager", Status.REMOVED));
    }

    @Test
    void wordsThatChangedAreMarkedAndTheRestKept() {
        assertThat(WordDiff.of(CHANGED_DUTY, NEW_DUTY_TEXT)).containsExactly(
                new WordDiff.Piece(WordDiff.Op.SAME, "Նոր հաճախորդներ ներգրավելու համար", false),
                new WordDiff.Piece(WordDiff.Op.REMOVED, "սառը", true),
                new WordDiff.Piece(WordDiff.Op.ADDED, "ամեն օր", true),
                new WordDiff.Piece(WordDiff.Op.SAME, "զանգեր կատարելը:", true));
    }

    /** A word followed by a new comma and word is not itself a change. */
    @Test
    void punctuationIsATokenOfItsOwnSoTheWordBeforeItStaysTheSame() {
        assertThat(WordDiff.of("Հետևել պատվերներին, գործարքներին և կարիքներին:",
                "Հետևել պատվերներին, գործարքներին, վճարումներին և կարիքներին:")).containsExactly(
                new WordDiff.Piece(WordDiff.Op.SAME, "Հետևել պատվերներին, գործարքներին", false),
                new WordDiff.Piece(WordDiff.Op.ADDED, ", վճարումներին", false),
                new WordDiff.Piece(WordDiff.Op.SAME, "և կարիքներին:", true));
    }

    /** Marks between letters belong to the word: Armenian ՞ and ՛, apostrophes, hyphens. */
    @Test
    void aMarkInsideAWordKeepsTheWordWhole() {
        assertThat(WordDiff.of("Ի՞նչից խուսափել full-time", "Ինչից խուսափել part-time")).containsExactly(
                new WordDiff.Piece(WordDiff.Op.REMOVED, "Ի՞նչից", false),
                new WordDiff.Piece(WordDiff.Op.ADDED, "Ինչից", false),
                new WordDiff.Piece(WordDiff.Op.SAME, "խուսափել", true),
                new WordDiff.Piece(WordDiff.Op.REMOVED, "full-time", true),
                new WordDiff.Piece(WordDiff.Op.ADDED, "part-time", true));
    }

    private static String bundledText() throws IOException {
        try (InputStream in = new BundledCatalogs.Edition("business-world", "hy").open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Catalog load(String yaml) throws IOException {
        return TestCatalogs.LOADER.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "catalog.yaml",
                Syntax.YAML).orThrow();
    }

    private static String replaceOnce(String text, String what, String with) {
        assertThat(text.indexOf(what)).as("the text to replace is there once: " + what).isNotNegative()
                .isEqualTo(text.lastIndexOf(what));
        return text.replace(what, with);
    }
}
