package dev.strata.series;

import dev.strata.record.CustomMetric;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One value of one metric read from one run. */
public record MetricSample(MetricDef metric, double value) {

    /** Whether a run counts for series and checks: it finished normally and is no warm-up. */
    public static boolean counts(RunRecord r) {
        if (r.status() != null && r.status() != RunStatus.OK) {
            return false;
        }
        return r.repetition() == null || !Boolean.TRUE.equals(r.repetition().warmup());
    }

    /** Every tracked built-in and custom metric a run carries, built-ins first. */
    public static List<MetricSample> of(RunRecord r) {
        List<MetricSample> out = new ArrayList<>();
        if (r.metrics() != null) {
            for (MetricCatalog.Builtin b : MetricCatalog.tracked()) {
                Number v = b.value(r.metrics());
                if (v != null && Double.isFinite(v.doubleValue())) {
                    out.add(new MetricSample(b.def(), v.doubleValue()));
                }
            }
        }
        if (r.customMetrics() != null) {
            for (Map.Entry<String, CustomMetric> e : r.customMetrics().entrySet()) {
                CustomMetric c = e.getValue();
                if (c == null || !Double.isFinite(c.value()) || MetricCatalog.isTracked(e.getKey())) {
                    continue;
                }
                out.add(new MetricSample(new MetricDef(e.getKey(), c.unit(), c.better(),
                        MetricDef.classOfUnit(c.unit())), c.value()));
            }
        }
        return out;
    }
}
