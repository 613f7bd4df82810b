package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled Armenian edition and a later version of it with four changes HR makes: one duty
 * rewritten, one added, one pitfall removed, one role renamed. Both written to a folder.
 */
record EditedCatalog(Path before, Path after) {
    static final String DUTY = "Նոր հաճախորդներ ներգրավելու համար սառը զանգեր կատարելը:";
    static final String DUTY_NOW = "Նոր հաճախորդներ ներգրավելու համար ամեն օր զանգեր կատարելը:";
    static final String ADDED_DUTY = "Ամեն ամիս հաշվետվություն ներկայացնել ղեկավարին:";
    static final String REMOVED_PITFALL = "Ապրանքի մասին գիտելիքների պակաս:";
    static final String TITLE = "Բիզնեսի զարգացման մասնագետ";
    static final String TITLE_NOW = "Բիզնեսի զարգացման ղեկավար";
    private static final String AFTER_THIS_DUTY =
            "                - \"Հետևել ընթացիկ պատվերներին, գործարքներին և հաճախորդների կարիքներին:\"\n";
    private static final String PITFALL = "            - title: \"" + REMOVED_PITFALL + "\"\n"
            + "              detail: \"Վաճառվող ապրանքների կամ ծառայությունների մասին անբավարար գիտելիքները կարող են"
            + " առաջացնել հաճախորդների դժգոհություն և նվազեցնել վաճառողի վստահելիությունը:\"\n";

    /** roles-2025.yaml (the bundled text) and roles.yaml (the edited one) in the folder. */
    static EditedCatalog in(Path folder) throws IOException {
        String text;
        try (InputStream in = EditedCatalog.class.getResourceAsStream("/dev/rolebook/catalogs/business-world.hy.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = text.replace(DUTY, DUTY_NOW)
                .replace(AFTER_THIS_DUTY, AFTER_THIS_DUTY + "                - \"" + ADDED_DUTY + "\"\n")
                .replace(PITFALL, "")
                .replace("title: \"" + TITLE + "\"", "title: \"" + TITLE_NOW + "\"");
        assertThat(edited).as("every edit found its text").doesNotContain(DUTY).contains(ADDED_DUTY)
                .doesNotContain(REMOVED_PITFALL).contains(TITLE_NOW);
        return new EditedCatalog(Files.writeString(folder.resolve("roles-2025.yaml"), text),
                Files.writeString(folder.resolve("roles.yaml"), edited));
    }
}
