package dev.strata.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One value of one metric read from one run. */
public record MetricSample(MetricDef metric, double value) {

    /** Every tracked built-in and custom metric a run carries, built-ins first. */
    public static List<MetricSample> of(RunSummary r) {
        List<MetricSample> out = new ArrayList<>();
        for (MetricCatalog.Builtin b : MetricCatalog.tracked()) {
            Double v = r.metric(b.name());
            if (v != null) {
                out.add(new MetricSample(b.def(), v));
            }
        }
        for (Map.Entry<String, MetricInfo> e : r.custom().entrySet()) {
            MetricInfo c = e.getValue();
            Double v = r.metric(e.getKey());
            if (v == null || MetricCatalog.isTracked(c.label())) {
                continue;
            }
            out.add(new MetricSample(new MetricDef(c.label(), c.unit(), c.better(), MetricDef.classOfUnit(c.unit())), v));
        }
        return out;
    }
}
