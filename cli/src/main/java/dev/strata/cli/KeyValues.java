package dev.strata.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code k=v} options: one clear message for a malformed one. */
final class KeyValues {

    private KeyValues() {
    }

    static Map<String, String> parse(String option, List<String> items) {
        Map<String, String> out = new LinkedHashMap<>();
        if (items == null) {
            return out;
        }
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new Errors.UsageException(option + " expects KEY=VALUE, got '" + item + "'");
            }
            out.put(item.substring(0, eq).trim(), item.substring(eq + 1));
        }
        return out;
    }

    /** A parameter value as JSON would have it: integer, decimal or text. */
    static Object typed(String v) {
        if (v.matches("-?\\d{1,18}")) {
            return Long.parseLong(v);
        }
        if (v.matches("-?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?")) {
            return Double.parseDouble(v);
        }
        return v;
    }
}
