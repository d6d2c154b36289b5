package dev.strata.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1500ms}, or plain seconds. */
final class Durations {

    private static final Pattern P = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private Durations() {
    }

    static Duration parse(String option, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = P.matcher(s.trim());
        if (!m.matches()) {
            throw new Errors.UsageException(option + " '" + s + "': expected a duration such as 90s, 30m or 2h");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> v;
            case "m" -> v * 60_000;
            case "h" -> v * 3_600_000;
            default -> v * 1000;
        };
        if (millis <= 0) {
            throw new Errors.UsageException(option + " '" + s + "': must be positive");
        }
        return Duration.ofMillis((long) millis);
    }
}
