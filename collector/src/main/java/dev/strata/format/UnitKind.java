package dev.strata.format;

import java.util.Locale;
import java.util.Map;

/**
 * What a unit string measures, as {@link Units} scales it: a time (with its factor to nanoseconds and
 * an optional "per thing", {@code ns/iter}), bytes (to bytes, optionally per second or per thing), a
 * rate per second of something ({@code 1/s}, {@code iter/sec}, {@code Hz}), a percentage, or a plain
 * number with a unit strata keeps as it is.
 */
record UnitKind(Kind kind, double factor, String suffix) {

    enum Kind { TIME, BYTES, RATE, PERCENT, PLAIN }

    private static final Map<String, Double> TIME_NS = Map.ofEntries(Map.entry("ns", 1.0), Map.entry("us", 1e3),
            Map.entry("µs", 1e3), Map.entry("μs", 1e3), Map.entry("ms", 1e6), Map.entry("s", 1e9),
            Map.entry("sec", 1e9), Map.entry("secs", 1e9), Map.entry("second", 1e9), Map.entry("seconds", 1e9),
            Map.entry("min", 6e10), Map.entry("h", 3.6e12));
    private static final Map<String, Double> BYTES = Map.of("B", 1.0, "byte", 1.0, "bytes", 1.0, "KiB", 1024.0,
            "MiB", 1048576.0, "GiB", 1073741824.0, "TiB", 1099511627776.0);

    static UnitKind parse(String unit) {
        String u = unit == null ? "" : unit.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        if (u.isEmpty() || lower.equals("count") || u.equals("1")) {
            return new UnitKind(Kind.PLAIN, 1, "");
        }
        if (u.equals("%") || lower.equals("percent")) {
            return new UnitKind(Kind.PERCENT, 1, "");
        }
        if (u.equals("Hz")) {
            return new UnitKind(Kind.RATE, 1, "");
        }
        int slash = u.indexOf('/');
        String num = slash < 0 ? u : u.substring(0, slash).trim();
        String den = slash < 0 ? null : u.substring(slash + 1).trim();
        Double perNs = den == null ? null : TIME_NS.get(den);
        if (TIME_NS.containsKey(num) && (den == null || perNs == null && !den.isEmpty())) {
            return new UnitKind(Kind.TIME, TIME_NS.get(num), den == null ? "" : "/" + den);
        }
        if (BYTES.containsKey(num)) {
            if (den == null) {
                return new UnitKind(Kind.BYTES, BYTES.get(num), "");
            }
            if (perNs != null) {
                return new UnitKind(Kind.BYTES, BYTES.get(num) * 1e9 / perNs, "/s");
            }
            if (!den.isEmpty()) {
                return new UnitKind(Kind.BYTES, BYTES.get(num), "/" + den);
            }
        }
        if (perNs != null && !TIME_NS.containsKey(num) && !num.contains(" ")) {
            return new UnitKind(Kind.RATE, 1e9 / perNs, num.equals("1") ? "" : num);
        }
        return new UnitKind(Kind.PLAIN, 1, u);
    }
}
