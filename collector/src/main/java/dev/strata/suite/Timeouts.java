package dev.strata.suite;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A suite's {@code timeout:}: {@code 90s}, {@code 30m}, {@code 2h}, {@code 1500ms}, or plain seconds. */
public final class Timeouts {

    private static final Pattern P = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private Timeouts() {
    }

    /** @throws IllegalArgumentException with the reason, for the validator to place */
    public static Duration parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = P.matcher(s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("timeout '" + s + "': expected a duration such as 90s, 30m or 2h");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> v;
            case "m" -> v * 60_000;
            case "h" -> v * 3_600_000;
            default -> v * 1000;
        };
        if (millis < 1) {
            throw new IllegalArgumentException("timeout '" + s + "': must be positive");
        }
        return Duration.ofMillis((long) millis);
    }
}
