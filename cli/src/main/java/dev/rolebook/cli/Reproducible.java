package dev.rolebook.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The time written into documents. Documents carry it as their dates, and the exporters derive
 * every other varying part (PDF id, zip entry times) from it, so a fixed time gives the same bytes
 * for the same inputs. It is fixed by {@code SOURCE_DATE_EPOCH} (the reproducible-builds
 * convention) or by {@code --reproducible}, which takes the moment the catalog last changed;
 * otherwise it is now.
 */
record Reproducible(Instant instant) {
    private static final long LAST_SECOND_OF_9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    /**
     * @param sourceDateEpoch the variable's value, or null where it is not set
     * @param requested whether {@code --reproducible} was given
     * @param catalogChanged when the catalog file last changed; null for a catalog without a file
     */
    static Reproducible choose(String sourceDateEpoch, boolean requested, Supplier<Instant> catalogChanged) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            long seconds;
            try {
                seconds = Long.parseLong(sourceDateEpoch.strip());
            } catch (NumberFormatException e) {
                throw new UserError("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + sourceDateEpoch + "'");
            }
            // Documents write the year with four digits (PDF, DOCX and schema.org dates alike).
            if (seconds < 0 || seconds > LAST_SECOND_OF_9999) {
                throw new UserError("SOURCE_DATE_EPOCH must be seconds from 1970 to the end of 9999 (0 to "
                        + LAST_SECOND_OF_9999 + "), not " + seconds);
            }
            return new Reproducible(Instant.ofEpochSecond(seconds));
        }
        // Whole seconds: PDF dates hold no finer time, and a date that rounds differently in
        // the Info dictionary and the XMP would make the two disagree.
        Instant time = requested ? catalogChanged.get() : Instant.now();
        if (time == null) {
            throw new UserError("--reproducible dates the documents when the catalog file last changed, and a catalog read"
                    + " from standard input has no file; set SOURCE_DATE_EPOCH to the time to date them instead");
        }
        return new Reproducible(time.truncatedTo(ChronoUnit.SECONDS));
    }

    LocalDate date() {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
