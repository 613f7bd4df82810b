package dev.rolebook.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time written into documents: now, or, when {@code SOURCE_DATE_EPOCH} is set (the
 * reproducible-builds convention), that moment, so the same inputs give the same dates.
 */
record Reproducible(Instant instant) {

    static Reproducible fromEnvironment() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return new Reproducible(Instant.now());
        }
        try {
            return new Reproducible(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        } catch (NumberFormatException e) {
            throw new UserError("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + epoch + "'");
        }
    }

    LocalDate date() {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
