package dev.strata.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way strata writes a measured value for people: scaled into the unit that keeps it short
 * (ns, µs, ms, s, then min and h; B, KiB, MiB, GiB, TiB; rates as /s, k/s, M/s, G/s) to three
 * significant digits (four when the integer part has four: 1023 B), on terminals and pages alike. A
 * unit strata does not know is kept as it is. The site's script ({@code templates/assets/units.js},
 * {@code strataUnits.fmt}) is this class's twin and must write the same text for the same value; a test
 * compares the two.
 *
 * <p>Rounding works on the exact binary value, half up, as JavaScript's {@code toFixed} does, and the
 * scaling divides in the same order on both sides, so they agree digit for digit. Locale.ROOT throughout.
 */
public final class Units {

    public static final String NONE = "–";

    private static final String[] TIME = {"ns", "µs", "ms", "s"};
    private static final String[] BYTES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    private static final String[] RATE = {"", "k", "M", "G", "T"};

    private Units() {
    }

    /** {@code v} in {@code unit} (null or empty: a plain number); "–" for NaN and infinities. */
    public static String format(double v, String unit) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        UnitKind k = UnitKind.parse(unit);
        return switch (k.kind()) {
            case TIME -> time(v * k.factor(), k.suffix());
            case BYTES -> {
                Scaled s = scale(v * k.factor(), 1024, BYTES.length);
                yield s.digits + " " + BYTES[s.step] + k.suffix();
            }
            case RATE -> rate(v * k.factor(), k.suffix());
            case PERCENT -> sig(v) + " %";
            case PLAIN -> plain(v) + (k.suffix().isEmpty() ? "" : " " + k.suffix());
        };
    }

    /** A boxed value, null meaning none. */
    public static String format(Double v, String unit) {
        return v == null ? NONE : format(v.doubleValue(), unit);
    }

    public static String seconds(double s) {
        return format(s, "s");
    }

    public static String bytes(long b) {
        return format((double) b, "B");
    }

    /** A plain number: no grouping, no exponent for ordinary magnitudes, trailing zeros trimmed. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** Nanoseconds up to seconds; from 1000 s on, minutes, then hours, so the digits stay few. */
    private static String time(double ns, String per) {
        if (ns == 0) {
            return "0 s" + per;
        }
        if (Math.abs(ns) >= 1e12) {
            double min = ns / 6e10;
            return Math.abs(min) < 1000 ? sig(min) + " min" + per : sig(ns / 3.6e12) + " h" + per;
        }
        Scaled s = scale(ns, 1000, TIME.length);
        return s.digits + " " + TIME[s.step] + per;
    }

    /** 950/s, 12.3 k/s, 1.20 M/s; with the thing counted: 950 iter/s, 1.20 M iter/s. */
    private static String rate(double perSecond, String thing) {
        Scaled s = scale(perSecond, 1000, RATE.length);
        String prefix = RATE[s.step];
        if (thing.isEmpty()) {
            return s.digits + (prefix.isEmpty() ? "" : " " + prefix) + "/s";
        }
        return s.digits + " " + (prefix.isEmpty() ? "" : prefix + " ") + thing + "/s";
    }

    private record Scaled(String digits, int step) {
    }

    /** {@code v} divided by {@code base} while it reaches it (at most {@code steps - 1} times), in three digits. */
    private static Scaled scale(double v, double base, int steps) {
        int step = 0;
        double x = v;
        while (Math.abs(x) >= base && step < steps - 1) {
            x /= base;
            step++;
        }
        String digits = sig(x);
        // rounding may reach the next step: 999.6 ms is 1.00 s
        if (step < steps - 1 && Math.abs(Double.parseDouble(digits)) >= base) {
            x /= base;
            step++;
            digits = sig(x);
        }
        return new Scaled(digits, step);
    }

    /** Three significant digits; more only when the integer part has more (1023). */
    static String sig(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        int decimals;
        if (a >= 100) {
            decimals = 0;
        } else if (a >= 10) {
            decimals = 1;
        } else if (a >= 1) {
            decimals = 2;
        } else {
            decimals = 3;
            for (double t = a; t < 0.1 && decimals < 20; t *= 10) {
                decimals++;
            }
        }
        String s = fixed(a, decimals);
        // 9.996 rounds to 10.00: one digit too many
        if (decimals > 0 && significant(s) > 3) {
            s = fixed(a, decimals - 1);
        }
        return (v < 0 && significant(s) > 0 ? "-" : "") + s;
    }

    /** Counts and unknown units: whole numbers and everything from 1000 up (such a unit may not take a prefix) whole, else three digits. */
    private static String plain(double v) {
        if (Math.abs(v) >= 1000 || v == Math.rint(v)) {
            return (v < 0 ? "-" : "") + fixed(Math.abs(v), 0);
        }
        return sig(v);
    }

    private static String fixed(double a, int decimals) {
        return new BigDecimal(a).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Digits from the first non-zero one: "0.0120" has 3, "10.00" has 4, "0.000" has 0. */
    private static int significant(String s) {
        String d = s.replace(".", "");
        int i = 0;
        while (i < d.length() && d.charAt(i) == '0') {
            i++;
        }
        return d.length() - i;
    }
}
