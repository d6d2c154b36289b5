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

    static String value(Double v, String unit) {
        if (v == null || !Double.isFinite(v)) {
            return NONE;
        }
        return switch (unit == null ? "" : unit) {
            case "s" -> Units.seconds(v);
            case "B" -> Units.bytes(Math.round(v));
            case "%" -> String.format(Locale.ROOT, "%.1f %%", v);
            case "" -> Units.number(round(v));
            default -> Units.number(round(v)) + " " + unit;
        };
    }

    private static double round(double v) {
        if (v == 0 || Math.abs(v) >= 1e15) {
            return v;
        }
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
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
