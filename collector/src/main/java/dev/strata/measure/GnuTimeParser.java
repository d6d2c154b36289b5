package dev.strata.measure;

import dev.strata.record.Metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the report GNU time writes with {@link #FORMAT} to its {@code -o} file. Pure: tested
 * on verbatim captures of the real tool.
 */
public final class GnuTimeParser {

    /** Every field the record names; {@code %M} is KiB. No {@code -q}: we need the signal line. */
    public static final String FORMAT =
            "strata e=%e U=%U S=%S P=%P M=%M F=%F R=%R c=%c w=%w I=%I O=%O x=%x";

    private static final Pattern NON_ZERO = Pattern.compile("Command exited with non-zero status (\\d+)");
    private static final Pattern SIGNAL = Pattern.compile("Command terminated by signal (\\d+)");
    private static final Pattern FIELD = Pattern.compile("([a-zA-Z])=(\\S*)");

    private GnuTimeParser() {
    }

    /**
     * @throws IllegalArgumentException when the text holds no report line
     */
    public static TimeReport parse(String text) {
        Integer exit = null;
        Integer signal = null;
        Map<String, String> f = null;
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            Matcher m;
            if ((m = NON_ZERO.matcher(line)).find()) {
                exit = Integer.parseInt(m.group(1));
            } else if ((m = SIGNAL.matcher(line)).find()) {
                signal = Integer.parseInt(m.group(1));
            } else if (line.startsWith("strata ")) {
                f = new HashMap<>();
                Matcher fm = FIELD.matcher(line.substring(7));
                while (fm.find()) {
                    f.put(fm.group(1), fm.group(2));
                }
            }
        }
        if (f == null) {
            throw new IllegalArgumentException("no GNU time report found in: "
                    + (text.isBlank() ? "(empty)" : text.lines().findFirst().orElse("")));
        }
        Long maxRssKib = lng(f.get("M"));
        Metrics metrics = new Metrics(
                dbl(f.get("e")), dbl(f.get("U")), dbl(f.get("S")), percent(f.get("P")),
                maxRssKib == null ? null : maxRssKib * 1024, null,
                lng(f.get("F")), lng(f.get("R")), lng(f.get("w")), lng(f.get("c")),
                lng(f.get("I")), lng(f.get("O")), null, null, Metrics.GNU_TIME);
        if (exit == null && signal == null) {
            exit = intOrNull(f.get("x"));
        }
        return new TimeReport(metrics, signal == null ? exit : null, signal);
    }

    private static Double dbl(String s) {
        try {
            return s == null || s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double percent(String s) {
        return s == null ? null : dbl(s.replace("%", ""));
    }

    private static Long lng(String s) {
        try {
            return s == null || s.isEmpty() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer intOrNull(String s) {
        Long l = lng(s);
        return l == null ? null : l.intValue();
    }
}
