package dev.strata.detect;

import dev.strata.series.MetricClass;
import dev.strata.series.MetricDef;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The smallest relative change that counts, per metric: a metric's own setting, else its class's
 * (time, memory, count, other), else the defaults. Memory is steadier than time, so it defaults lower.
 */
public final class Thresholds {

    public static final Map<MetricClass, Double> DEFAULTS = Map.of(
            MetricClass.TIME, 0.05, MetricClass.MEMORY, 0.02, MetricClass.COUNT, 0.10, MetricClass.OTHER, 0.05);

    private final Map<MetricClass, Double> byClass = new EnumMap<>(DEFAULTS);
    private final Map<String, Double> byMetric = new LinkedHashMap<>();

    public static Thresholds defaults() {
        return new Thresholds();
    }

    /** The relative change (0.05 = 5%) that counts for this metric. */
    public double of(MetricDef m) {
        Double own = byMetric.get(m.name());
        return own != null ? own : byClass.get(m.metricClass());
    }

    /**
     * Sets one threshold: {@code key} is a metric name, a class ({@code time}, {@code memory},
     * {@code count}, {@code other}) or {@code *} for every class; returns this for chaining.
     */
    public Thresholds set(String key, double fraction) {
        if (!(fraction >= 0) || fraction > 100) {
            throw new IllegalArgumentException("threshold for '" + key + "' must be a relative change"
                    + " between 0% and 10000%, got " + fraction);
        }
        if (key.equals("*")) {
            for (MetricClass c : MetricClass.values()) {
                byClass.put(c, fraction);
            }
            byMetric.clear();
            return this;
        }
        for (MetricClass c : MetricClass.values()) {
            if (c.key().equals(key)) {
                byClass.put(c, fraction);
                return this;
            }
        }
        byMetric.put(key, fraction);
        return this;
    }

    /**
     * Parses a threshold: {@code 5%} or a fraction {@code 0.05}.
     *
     * @throws IllegalArgumentException naming {@code where} when it is neither
     */
    public static double parse(String text, String where) {
        String t = text.trim();
        try {
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
                    : Double.parseDouble(t);
            if (!(v >= 0) || v > 100) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": threshold '" + text
                    + "' is not a relative change like 5% or 0.05");
        }
    }

    /** The threshold as a percentage for reports, e.g. {@code 5%}. */
    public static String percent(double fraction) {
        String s = String.format(Locale.ROOT, "%.2f", fraction * 100);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }
}
