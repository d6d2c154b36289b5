package dev.strata.export;

import dev.strata.record.Better;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The metric values of a run summary as exports and queries name them: a built-in metric by its
 * name, in {@link MetricCatalog} order, then the workload's own (custom) ones by bare name.
 */
public final class SummaryValues {

    private SummaryValues() {
    }

    /** The value of one metric of a run (built-in first, then custom), or null when it has none. */
    public static MetricValue value(RunSummary r, String name) {
        if (MetricCatalog.isBuiltIn(name)) {
            Double v = r.metric(name);
            return v == null ? null : new MetricValue(name, v, MetricCatalog.builtInUnit(name), Better.LOWER);
        }
        String key = MetricInfo.CUSTOM + name;
        MetricInfo c = r.custom().get(key);
        Double v = r.metric(key);
        if (c == null || v == null) {
            return null;
        }
        // a summary keeps a missing unit as ""; outputs leave it out as the record did
        return new MetricValue(name, v, c.unit() == null || c.unit().isEmpty() ? null : c.unit(),
                c.better() == null ? Better.LOWER : c.better());
    }

    /** Every metric a run has, built-ins in catalog order then custom ones by name. */
    public static List<MetricValue> all(RunSummary r) {
        List<MetricValue> out = new ArrayList<>();
        for (String n : MetricCatalog.BUILT_IN_NAMES) {
            MetricValue v = value(r, n);
            if (v != null) {
                out.add(v);
            }
        }
        for (Map.Entry<String, MetricInfo> e : r.custom().entrySet()) {
            String name = e.getValue().label();
            if (!MetricCatalog.isBuiltIn(name)) {
                MetricValue v = value(r, name);
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
}
