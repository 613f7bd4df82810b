package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleRecord;
import dev.rolebook.model.RoleVersion;
import org.junit.jupiter.api.Test;

/** A role's record read back says what it was written with, and knows when its texts were altered. */
class RoleRecordTest {
    private final Catalog catalog = TestCatalogs.bundled("business-world", "hy");
    private final Department sales = catalog.departments().get(0);
    private final Role role = sales.roles().get(1);

    @Test
    void readBackItIsTheRecordWrittenAndMatchesItsVersion() {
        String json = RoleRecord.json(catalog, sales, role, "Narek <Hovhannisyan> & Co", "ԱՊ-2026/004");
        assertThat(json).as("the quick way writes what the record does")
                .isEqualTo(RoleRecord.of(catalog, sales, role, "Narek <Hovhannisyan> & Co", "ԱՊ-2026/004").toJson())
                .doesNotContain("<", ">", "&");
        assertThat(RoleRecord.json(catalog, sales, role, "Another", null)).as("kept per role, not per sheet")
                .contains("\"employee\":\"Another\"");

        RoleRecord record = RoleRecord.parse(json);
        assertThat(record.roleId()).isEqualTo(role.id());
        assertThat(record.version()).isEqualTo(RoleVersion.of(sales, role));
        assertThat(record.employee()).isEqualTo("Narek <Hovhannisyan> & Co");
        assertThat(record.title()).isEqualTo(role.title());
        assertThat(record.intact()).isTrue();
    }

    @Test
    void anAlteredTextNoLongerMatchesTheVersion() {
        String json = RoleRecord.json(catalog, sales, role, null, null);
        String duty = role.responsibilities().areas().get(0).items().get(0);
        assertThat(RoleRecord.parse(json.replace(duty, duty + " ")).intact()).as("white space is folded, as printed")
                .isTrue();
        assertThat(RoleRecord.parse(json.replace(duty, duty.replace("ա", "o"))).intact()).isFalse();
        assertThatThrownBy(() -> RoleRecord.parse("{\"format\":\"something else\"}"))
                .hasMessage("its data is not a rolebook role record");
        assertThatThrownBy(() -> RoleRecord.parse("not json")).hasMessageStartingWith("its role record is not JSON");
    }
}
