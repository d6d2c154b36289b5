package dev.strata.export;

import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import dev.strata.record.Metrics;
import dev.strata.record.RunRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The metrics a run can carry: the generic profiler's, in a fixed order, then the workload's own
 * (custom) ones by name. A custom metric is addressed by its bare name; in wide CSV it becomes
 * the column {@code custom.<name>} so it can never clash with a built-in one.
 */
public final class MetricCatalog {

    public static final String CUSTOM_PREFIX = "custom.";

    private record BuiltIn(String name, String unit, Function<Metrics, Number> get) {
    }

    private static final List<BuiltIn> BUILT_INS = List.of(
            new BuiltIn("wallSeconds", "seconds", Metrics::wallSeconds),
            new BuiltIn("userSeconds", "seconds", Metrics::userSeconds),
            new BuiltIn("sysSeconds", "seconds", Metrics::sysSeconds),
            new BuiltIn("cpuPercent", "percent", Metrics::cpuPercent),
            new BuiltIn("maxRssBytes", "bytes", Metrics::maxRssBytes),
            new BuiltIn("treePeakRssBytes", "bytes", Metrics::treePeakRssBytes),
            new BuiltIn("majorPageFaults", "count", Metrics::majorPageFaults),
            new BuiltIn("minorPageFaults", "count", Metrics::minorPageFaults),
            new BuiltIn("voluntaryContextSwitches", "count", Metrics::voluntaryContextSwitches),
            new BuiltIn("involuntaryContextSwitches", "count", Metrics::involuntaryContextSwitches),
            new BuiltIn("fsInputBlocks", "blocks", Metrics::fsInputBlocks),
            new BuiltIn("fsOutputBlocks", "blocks", Metrics::fsOutputBlocks),
            new BuiltIn("readBytes", "bytes", Metrics::readBytes),
            new BuiltIn("writeBytes", "bytes", Metrics::writeBytes));

    public static final List<String> BUILT_IN_NAMES = BUILT_INS.stream().map(BuiltIn::name).toList();

    private MetricCatalog() {
    }

    public static boolean isBuiltIn(String name) {
        return BUILT_IN_NAMES.contains(name);
    }

    /** The unit of a built-in metric, or null. */
    public static String builtInUnit(String name) {
        return BUILT_INS.stream().filter(b -> b.name.equals(name)).map(BuiltIn::unit).findFirst().orElse(null);
    }

    /** The value of one metric of a run (built-in first, then custom), or null when it has none. */
    public static MetricValue value(RunRecord r, String name) {
        for (BuiltIn b : BUILT_INS) {
            if (b.name.equals(name)) {
                Number n = r.metrics() == null ? null : b.get.apply(r.metrics());
                return n == null ? null : new MetricValue(name, n.doubleValue(), b.unit, Better.LOWER);
            }
        }
        CustomMetric c = r.customMetrics() == null ? null : r.customMetrics().get(name);
        return c == null ? null : new MetricValue(name, c.value(), c.unit(), c.better() == null ? Better.LOWER
                : c.better());
    }

    /** Every metric a run has, built-ins in catalog order then custom ones by name. */
    public static List<MetricValue> all(RunRecord r) {
        List<MetricValue> out = new ArrayList<>();
        for (String n : BUILT_IN_NAMES) {
            MetricValue v = value(r, n);
            if (v != null) {
                out.add(v);
            }
        }
        if (r.customMetrics() != null) {
            for (Map.Entry<String, CustomMetric> e : new TreeMap<>(r.customMetrics()).entrySet()) {
                if (!isBuiltIn(e.getKey())) {
                    out.add(value(r, e.getKey()));
                }
            }
        }
        return out;
    }

    /** Wide-CSV column name of a metric. */
    public static String column(String name) {
        return isBuiltIn(name) ? name : CUSTOM_PREFIX + name;
    }
}
