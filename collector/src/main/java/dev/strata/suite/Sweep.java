package dev.strata.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The points of a sweep: the product of every parameter's values, the last parameter varying fastest. */
public final class Sweep {

    private Sweep() {
    }

    public static List<Map<String, Object>> points(Map<String, List<Object>> params) {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> e : params.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> p : points) {
                for (Object v : e.getValue()) {
                    Map<String, Object> q = new LinkedHashMap<>(p);
                    q.put(e.getKey(), normal(v));
                    next.add(q);
                }
            }
            points = next;
        }
        return points.stream().map(p -> (Map<String, Object>) java.util.Collections.unmodifiableMap(p)).toList();
    }

    /** Whole numbers as Long, as {@code --param} gives them, so records compare equal whichever way they came. */
    private static Object normal(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        return v;
    }
}
