package dev.strata.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.export.Cells;
import dev.strata.record.RunRecord;
import dev.strata.format.Units;
import dev.strata.record.RunJson;

import java.util.Map;

/**
 * {@code strata show}: a whole run record for people. Every field is shown, nested as indented
 * {@code key: value} lines; sizes and durations get human units next to the raw value; a custom
 * metric fits one line; the timeline (up to 2,000 samples) is summarised.
 */
public final class RunText {

    private RunText() {
    }

    public static String render(String path, RunRecord record) {
        StringBuilder out = new StringBuilder();
        out.append("run ").append(record.id()).append('\n');
        out.append("path: ").append(path).append('\n');
        JsonNode root = RunJson.mapper().valueToTree(record);
        for (Map.Entry<String, JsonNode> f : root.properties()) {
            if (!f.getKey().equals("id")) {
                field(out, 0, f.getKey(), f.getValue());
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, int depth, String key, JsonNode v) {
        String indent = "  ".repeat(depth);
        if (key.equals("command") && v.isArray()) {
            StringBuilder cmd = new StringBuilder();
            v.forEach(a -> cmd.append(cmd.length() == 0 ? "" : " ").append(shellWord(a.asText())));
            out.append(indent).append(key).append(": ").append(cmd).append('\n');
        } else if (key.equals("points") && v.isArray()) {
            out.append(indent).append(key).append(": ").append(v.size()).append(" samples\n");
        } else if (isCustomMetric(v)) {
            out.append(indent).append(key).append(": ")
                    .append(Units.format(v.get("value").asDouble(), v.path("unit").asText(null)));
            if (v.has("better")) {
                out.append(" (").append(v.get("better").asText()).append(" is better)");
            }
            out.append('\n');
        } else if (v.isObject()) {
            out.append(indent).append(key).append(":\n");
            for (Map.Entry<String, JsonNode> f : v.properties()) {
                field(out, depth + 1, f.getKey(), f.getValue());
            }
        } else if (v.isArray()) {
            out.append(indent).append(key).append(":").append(v.isEmpty() ? " []" : "").append('\n');
            for (JsonNode item : v) {
                if (item.isObject()) {
                    out.append(indent).append("  -\n");
                    for (Map.Entry<String, JsonNode> f : item.properties()) {
                        field(out, depth + 2, f.getKey(), f.getValue());
                    }
                } else {
                    out.append(indent).append("  - ").append(scalar("", item)).append('\n');
                }
            }
        } else if (v.isTextual() && v.asText().contains("\n")) {
            out.append(indent).append(key).append(": |\n");
            v.asText().lines().forEach(l -> out.append(indent).append("  ").append(l).append('\n'));
        } else {
            out.append(indent).append(key).append(": ").append(scalar(key, v)).append('\n');
        }
    }

    private static boolean isCustomMetric(JsonNode v) {
        if (!v.isObject() || !v.has("value") || !v.get("value").isNumber()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> f : v.properties()) {
            String n = f.getKey();
            if (!n.equals("value") && !n.equals("unit") && !n.equals("better")) {
                return false;
            }
        }
        return true;
    }

    private static String scalar(String key, JsonNode v) {
        if (v.isNull()) {
            return "null";
        }
        if (!v.isNumber()) {
            String s = v.asText();
            return s.contains("\n") ? s.replace("\n", "\\n") : s;
        }
        String raw = v.isIntegralNumber() ? Long.toString(v.asLong()) : Cells.number(v.asDouble());
        if (key.endsWith("Bytes") && Math.abs(v.asDouble()) >= 1024) {
            return Units.bytes(v.asLong()) + " (" + raw + ")";
        }
        if (key.endsWith("Seconds")) {
            String human = Units.seconds(v.asDouble());
            return human.equals(raw + " s") ? human : human + " (" + raw + ")";
        }
        return raw;
    }

    private static String shellWord(String a) {
        if (!a.isEmpty() && a.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return a;
        }
        return "'" + a.replace("'", "'\\''") + "'";
    }
}
