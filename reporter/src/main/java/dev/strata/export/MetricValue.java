package dev.strata.export;

import dev.strata.record.Better;
import dev.strata.series.MetricCatalog;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;

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
    public static MetricValue of(RunSummary r, String name) {
        var builtIn = MetricCatalog.byName(name);
        if (builtIn.isPresent()) {
            var b = builtIn.get();
            Double v = r.metric(name);
            return v == null ? null : new MetricValue(name, v, b.unitWord(), b.direction());
        }
        String key = MetricInfo.CUSTOM + name;
        MetricInfo c = r.custom().get(key);
        Double v = r.metric(key);
        if (c == null || v == null) {
            return null;
        }
        // a summary keeps a missing unit as ""; outputs leave it out, as the record did
        return new MetricValue(name, v, c.unit() == null || c.unit().isEmpty() ? null : c.unit(),
                c.better() == null ? Better.LOWER : c.better());
    }

    /** Every metric a run has, built-ins in column order then custom ones by name. */
    public static List<MetricValue> all(RunSummary r) {
        List<MetricValue> out = new ArrayList<>();
        for (String n : BUILT_IN_NAMES) {
            MetricValue v = of(r, n);
            if (v != null) {
                out.add(v);
            }
        }
        for (MetricInfo c : r.custom().values()) {
            if (!MetricCatalog.isBuiltIn(c.label())) {
                MetricValue v = of(r, c.label());
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The names of the custom metrics a run reports. */
    public static List<String> customNames(RunSummary r) {
        List<String> out = new ArrayList<>(r.custom().size());
        r.custom().values().forEach(m -> out.add(m.label()));
        return out;
    }

    /** Wide-CSV column name of a metric. */
    public static String column(String name) {
        return MetricCatalog.isBuiltIn(name) ? name : CUSTOM_PREFIX + name;
    }
}
