package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleVersion;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff and status as HR uses them after a catalog changed: what changed in each role, and which
 * employees signed a text that is no longer current.
 */
class VersionCommandsTest {
    private static final String DUTY = EditedCatalog.DUTY;
    private static final String DUTY_NOW = EditedCatalog.DUTY_NOW;
    private static final String ADDED_DUTY = EditedCatalog.ADDED_DUTY;

    @TempDir
    Path folder;

    private Path before;
    private Path after;

    @BeforeEach
    void catalogs() throws IOException {
        EditedCatalog catalogs = EditedCatalog.in(folder);
        before = catalogs.before();
        after = catalogs.after();
    }

    @Test
    void diffSaysWhatChangedReadablyAndForPrograms() throws Exception {
        Run text = Run.of("diff", before.toString(), after.toString());
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.err()).as("catalog warnings are validate's to give").isEmpty();
        assertThat(text.out()).contains("4 roles changed, 0 added, 0 removed")
                .contains("  + duty under «Հաճախորդների պորտֆելի կառավարում:»\n      {+" + ADDED_DUTY + "+}")
                .contains("  ~ duty under «Վաճառքի զանգերի նախաձեռնում:»\n"
                        + "      Նոր հաճախորդներ ներգրավելու համար [-սառը-] {+ամեն օր+} զանգեր կատարելը:")
                .contains("  - pitfall «Ապրանքի մասին գիտելիքների պակաս:»")
                .contains("  ~ title\n      Բիզնեսի զարգացման [-մասնագետ-] {+ղեկավար+}")
                .doesNotContain("\u001b[");
        assertThat(Run.of("diff", before.toString(), after.toString(), "--color", "always").out())
                .contains("\u001b[31mսառը\u001b[0m \u001b[32mամեն օր\u001b[0m");

        Run json = Run.of("diff", before.toString(), after.toString(), "--json");
        JsonNode roles = new ObjectMapper().readTree(json.out()).path("roles");
        List<String> seen = new ArrayList<>();
        roles.forEach(role -> role.path("changes").forEach(change -> seen.add(role.path("id").asText() + " "
                + change.path("change").asText() + " " + change.path("field").asText())));
        assertThat(seen).containsExactly(
                "account-manager added responsibilities.areas[0].items[1]",
                "telesales-specialist changed responsibilities.areas[1].items[1]",
                "sales-consultant removed pitfalls.items[1]",
                "business-development-specialist changed title");
    }

    @Test
    void statusNamesWhoMustSignAgainAndCheckAlertsOnThem() throws Exception {
        Catalog today = Catalogs.bundled("hy");
        String telesalesNow = version(today, "telesales-specialist");
        String managerNow = version(today, "account-manager");
        Path staff = Files.writeString(folder.resolve("staff.csv"), """
                role,name,contract_number,signed_version
                account-manager,Աննա Հակոբյան,ԱՊ-2026/001,%s
                telesales-specialist,Davit Sargsyan,ԱՊ-2026/002,%s
                telesales-specialist,Մարիամ Ավետիսյան,ԱՊ-2026/003,0badc0de
                sales-consultant,Արմեն Գրիգորյան,ԱՊ-2026/004,
                """.formatted(managerNow, telesalesNow.toUpperCase()));

        Run status = Run.of("status", "--employees", staff.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains(staff + ": 4 employees; 2 signed the current text, 1 must sign again, 1 never signed")
                .contains("  line 4  Մարիամ Ավետիսյան  telesales-specialist  signed 0badc0de, now " + telesalesNow
                        + "  (contract ԱՊ-2026/003)")
                .contains("never signed:\n  line 5  Արմեն Գրիգորյան  sales-consultant");
        assertThat(Run.of("status", "--employees", staff.toString(), "--check").exitCode()).isEqualTo(ExitCodes.SOME_FAILED);

        // The catalog changes: the telesales text those two signed is no longer current.
        Run changed = Run.of("status", "--employees", staff.toString(), "--catalog", after.toString());
        assertThat(changed.out()).as("the account manager's text changed too")
                .contains("4 employees; 0 signed the current text, 3 must sign again, 1 never signed");

        // New sheets for exactly those who must sign: the stale row and the unsigned one.
        Path out = folder.resolve("out");
        Run sheets = Run.of("export", "--kind", "sheet", "--employees", staff.toString(), "--stale-only", "--out",
                out.toString());
        assertThat(sheets.exitCode()).as(sheets.toString()).isZero();
        assertThat(sheets.out()).contains("sheets: 2 written, 0 skipped (already there), 0 failed, 2 left out (signed the"
                + " current text)");
        try (var files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly(
                    "ԱՊ-2026_003-telesales-specialist.pdf", "ԱՊ-2026_004-sales-consultant.pdf");
        }

        Path signed = Files.writeString(folder.resolve("signed.csv"), "role,name,signed_version\naccount-manager,Աննա,"
                + managerNow + "\n");
        assertThat(Run.of("status", "--employees", signed.toString(), "--check").exitCode()).isZero();

        Path unknown = Files.writeString(folder.resolve("unknown.csv"), "role,name,signed_version\naccount-manger,Աննա,"
                + managerNow + "\n");
        Run bad = Run.of("status", "--employees", unknown.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains(unknown + ":2: unknown role 'account-manger'; did you mean 'account-manager'?");
    }

    /** The sample list init gives is in step with the bundled catalog: it shows each case once or more. */
    @Test
    void theSampleListShowsWhoMustSignAgain() {
        Path sample = folder.resolve("my-roles");
        assertThat(Run.of("init", sample.toString()).exitCode()).isZero();
        Run status = Run.of("status", "--employees", sample.resolve("staff.csv").toString(), "--catalog",
                sample.resolve("business-world.hy.yaml").toString(), "--check");
        assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(status.out()).contains("20 employees; 17 signed the current text, 2 must sign again, 1 never signed")
                .contains("Narek Hovhannisyan  telesales-specialist  signed 5d0c9a11");
    }

    private static String version(Catalog catalog, String id) {
        for (Department department : catalog.departments()) {
            for (Role role : department.roles()) {
                if (role.id().equals(id)) {
                    return RoleVersion.of(department, role);
                }
            }
        }
        throw new AssertionError("no role " + id);
    }
}
