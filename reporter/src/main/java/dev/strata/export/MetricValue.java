package dev.strata.export;

import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import dev.strata.record.RunRecord;
import dev.strata.series.MetricCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measured value of a run, with its unit and which direction is an improvement. A run's metrics
 * are the generic profiler's, in the record's field order, then the workload's own (custom) ones by
 * name. A custom metric is addressed by its bare name; in wide CSV it becomes the column
 * {@code custom.<name>} so it can never clash with a built-in one.
 */
public record MetricValue(String name, double value, String unit, Better better) {

    public static final String CUSTOM_PREFIX = "custom.";

    /** The built-in metrics' names in export's column order. */
    public static final List<String> BUILT_IN_NAMES =
            MetricCatalog.inRecordOrder().stream().map(MetricCatalog.Builtin::name).toList();

    /** The value of one metric of a run (built-in first, then custom), or null when it has none. */
    public static MetricValue of(RunRecord r, String name) {
        var builtIn = MetricCatalog.byName(name);
        if (builtIn.isPresent()) {
            var b = builtIn.get();
            Number n = b.value(r.metrics());
            return n == null ? null : new MetricValue(name, n.doubleValue(), b.unitWord(), b.direction());
        }
        CustomMetric c = r.customMetrics() == null ? null : r.customMetrics().get(name);
        return c == null ? null : new MetricValue(name, c.value(), c.unit(), c.better() == null ? Better.LOWER
                : c.better());
    }

    /** Every metric a run has, built-ins in column order then custom ones by name. */
    public static List<MetricValue> all(RunRecord r) {
        List<MetricValue> out = new ArrayList<>();
        for (String n : BUILT_IN_NAMES) {
            MetricValue v = of(r, n);
            if (v != null) {
                out.add(v);
            }
        }
        if (r.customMetrics() != null) {
            for (Map.Entry<String, CustomMetric> e : new TreeMap<>(r.customMetrics()).entrySet()) {
                if (!MetricCatalog.isBuiltIn(e.getKey())) {
                    out.add(of(r, e.getKey()));
                }
            }
        }
        return out;
    }

    /** Wide-CSV column name of a metric. */
    public static String column(String name) {
        return MetricCatalog.isBuiltIn(name) ? name : CUSTOM_PREFIX + name;
    }
}
