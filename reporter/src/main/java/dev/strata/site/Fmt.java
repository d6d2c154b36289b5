package dev.strata.site;

import dev.strata.format.Units;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values as pages print them; Locale.ROOT throughout. */
final class Fmt {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final String NONE = "–";

    private Fmt() {
    }

    /** A value with its unit, scaled for people (the site's script writes the same text: strataUnits.fmt). */
    static String value(Double v, String unit) {
        return Units.format(v, unit);
    }

    static String minute(long epochMillis) {
        return MINUTE.format(java.time.Instant.ofEpochMilli(epochMillis));
    }

    static String day(long epochMillis) {
        return DAY.format(java.time.Instant.ofEpochMilli(epochMillis));
    }

    /** A ratio as a signed percentage change: 1.25 -> "+25.0%". */
    static String change(double ratio) {
        if (!Double.isFinite(ratio)) {
            return NONE;
        }
        double pct = (ratio - 1) * 100;
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }

    static String ratio(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "×%.3f", ratio) : NONE;
    }

    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : NONE;
    }
}
