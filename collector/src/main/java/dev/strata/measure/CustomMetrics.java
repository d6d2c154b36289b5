package dev.strata.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.record.Better;
import dev.strata.record.CustomMetric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metrics the workload reports itself: JSON lines in {@code $STRATA_METRICS_FILE}, and
 * {@code --metric name=value[unit]}. A bad line is a warning naming it, never a lost run.
 */
public final class CustomMetrics {

    public static final String ENV = "STRATA_METRICS_FILE";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");
    private static final Pattern OPTION = Pattern.compile("([^=]+)=([-+0-9.eE]+|NaN)(?:\\[([^\\]]*)])?(?::(lower|higher))?");

    private CustomMetrics() {
    }

    public record Parsed(Map<String, CustomMetric> metrics, List<String> warnings) {
    }

    /** Later lines win over earlier ones with the same name. */
    public static Parsed parseLines(String text, String where) {
        Map<String, CustomMetric> out = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode n = Json.MAPPER.readTree(line);
                String name = n.path("name").asText(null);
                JsonNode value = n.get("value");
                if (name == null || !NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("needs a \"name\" of letters, digits and ._:/-");
                }
                if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
                    throw new IllegalArgumentException("needs a finite numeric \"value\"");
                }
                String unit = n.hasNonNull("unit") ? n.get("unit").asText() : null;
                Better better = n.hasNonNull("better") ? Better.parse(n.get("better").asText()) : guessBetter(unit);
                out.put(name, new CustomMetric(value.asDouble(), unit, better));
            } catch (Exception e) {
                String why = e instanceof IllegalArgumentException ? e.getMessage() : "not a JSON object";
                warnings.add(where + " line " + (i + 1) + ": ignored metric (" + why + ")");
            }
        }
        return new Parsed(out, warnings);
    }

    /** {@code name=value[unit]} with an optional {@code :lower} or {@code :higher}. */
    public static Map.Entry<String, CustomMetric> parseOption(String s) {
        Matcher m = OPTION.matcher(s.trim());
        if (!m.matches() || !NAME.matcher(m.group(1).trim()).matches()) {
            throw new IllegalArgumentException("--metric '" + s + "': expected NAME=VALUE[UNIT], e.g. cells_per_second=1.2e6[1/s]");
        }
        double v = Double.parseDouble(m.group(2));
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("--metric '" + s + "': the value must be a finite number");
        }
        String unit = m.group(3);
        Better better = m.group(4) != null ? Better.parse(m.group(4)) : guessBetter(unit);
        return Map.entry(m.group(1).trim(), new CustomMetric(v, unit, better));
    }

    /** Built on the first metric line: most workloads report none, and a mapper costs a JVM start a few ms. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Rates (per second, per iteration...) are better higher; times, sizes and counts lower. */
    static Better guessBetter(String unit) {
        if (unit == null) {
            return Better.LOWER;
        }
        String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
        return u.startsWith("1/") || u.contains("/s") || u.contains("persec") || u.contains("ops")
                || u.contains("iter/") || u.endsWith("/sec") || u.contains("hz") ? Better.HIGHER : Better.LOWER;
    }
}
