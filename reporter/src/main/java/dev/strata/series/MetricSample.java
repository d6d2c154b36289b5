package dev.strata.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One value of one metric read from one run. */
public record MetricSample(MetricDef metric, double value) {

    /** Detection reads every run of a store: the tracked built-ins and their definitions are made once. */
    private static final List<MetricCatalog.Builtin> TRACKED = MetricCatalog.tracked();
    private static final List<MetricDef> DEFS = TRACKED.stream().map(MetricCatalog.Builtin::def).toList();

    /** Every tracked built-in and custom metric a run carries, built-ins first. */
    public static List<MetricSample> of(RunSummary r) {
        List<MetricSample> out = new ArrayList<>(TRACKED.size() + r.custom().size());
        for (int i = 0; i < TRACKED.size(); i++) {
            Double v = r.metric(TRACKED.get(i).name());
            if (v != null) {
                out.add(new MetricSample(DEFS.get(i), v));
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
