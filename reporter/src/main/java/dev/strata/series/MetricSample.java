package dev.strata.series;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One value of one metric read from one run. */
public record MetricSample(MetricDef metric, double value) {

    /** Every built-in and custom metric a run carries, built-ins first. */
    public static List<MetricSample> of(RunSummary r) {
        List<MetricSample> out = new ArrayList<>();
        for (BuiltinMetrics.Builtin b : BuiltinMetrics.all()) {
            Double v = r.metric(b.def().name());
            if (v != null) {
                out.add(new MetricSample(b.def(), v));
            }
        }
        for (Map.Entry<String, MetricInfo> e : r.custom().entrySet()) {
            MetricInfo c = e.getValue();
            Double v = r.metric(e.getKey());
            if (v == null || BuiltinMetrics.byName(c.label()).isPresent()) {
                continue;
            }
            out.add(new MetricSample(new MetricDef(c.label(), c.unit(), c.better(), MetricDef.classOfUnit(c.unit())), v));
        }
        return out;
    }
}
