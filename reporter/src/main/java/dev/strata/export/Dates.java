package dev.strata.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates of {@code --since}/{@code --until}: a day ({@code 2026-03-01}, UTC) or an ISO-8601 instant. */
public final class Dates {

    private Dates() {
    }

    /** The first instant of a day, or the instant given. */
    public static Instant since(String text, String option) {
        return parse(text, option, false);
    }

    /** Exclusive end: a whole day counts up to its last instant. */
    public static Instant until(String text, String option) {
        return parse(text, option, true);
    }

    private static Instant parse(String text, String option, boolean endOfDay) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.endsWith("Z") || t.endsWith("z")) {
                return Instant.parse(t.toUpperCase(java.util.Locale.ROOT));
            }
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date: use 2026-03-01 or"
                    + " 2026-03-01T12:00:00Z (UTC)");
        }
    }
}
