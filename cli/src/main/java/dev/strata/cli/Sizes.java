package dev.strata.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code 512KiB}, {@code 1MiB}, {@code 2MB}, or plain bytes. */
final class Sizes {

    private static final Pattern P = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    static int parseInt(String option, String s) {
        Matcher m = P.matcher(s.trim());
        if (!m.matches()) {
            throw new Errors.UsageException(option + " '" + s + "': expected a size such as 512KiB or 4MiB");
        }
        long v = Long.parseLong(m.group(1));
        String u = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long mult = switch (u.charAt(0)) {
            case 'k' -> u.contains("i") ? 1024 : 1000;
            case 'm' -> u.contains("i") ? 1024 * 1024 : 1_000_000;
            case 'g' -> u.contains("i") ? 1024L * 1024 * 1024 : 1_000_000_000;
            default -> 1;
        };
        long bytes = v * mult;
        if (bytes <= 0 || bytes > Integer.MAX_VALUE / 2) {
            throw new Errors.UsageException(option + " '" + s + "': must be between 1 byte and 1 GiB");
        }
        return (int) bytes;
    }
}
