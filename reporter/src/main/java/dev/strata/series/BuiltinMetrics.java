package dev.strata.series;

import dev.strata.record.Better;
import dev.strata.record.Metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The metrics of {@code run.json}'s {@code metrics} block that are tracked across commits, all
 * lower-is-better. {@code cpuPercent} is left out: more parallelism is neither good nor bad.
 */
public final class BuiltinMetrics {

    /** A built-in metric and how to read it from a record's measurements. */
    public record Builtin(MetricDef def, Function<Metrics, Number> read) {
    }

    private static final Map<String, Builtin> ALL = new LinkedHashMap<>();

    static {
        time("wallSeconds", Metrics::wallSeconds);
        time("userSeconds", Metrics::userSeconds);
        time("sysSeconds", Metrics::sysSeconds);
        memory("maxRssBytes", Metrics::maxRssBytes);
        memory("treePeakRssBytes", Metrics::treePeakRssBytes);
        count("majorPageFaults", "", Metrics::majorPageFaults);
        count("minorPageFaults", "", Metrics::minorPageFaults);
        count("voluntaryContextSwitches", "", Metrics::voluntaryContextSwitches);
        count("involuntaryContextSwitches", "", Metrics::involuntaryContextSwitches);
        count("fsInputBlocks", "", Metrics::fsInputBlocks);
        count("fsOutputBlocks", "", Metrics::fsOutputBlocks);
        count("readBytes", "B", Metrics::readBytes);
        count("writeBytes", "B", Metrics::writeBytes);
    }

    private BuiltinMetrics() {
    }

    private static void time(String name, Function<Metrics, Number> read) {
        ALL.put(name, new Builtin(new MetricDef(name, "s", Better.LOWER, MetricClass.TIME), read));
    }

    private static void memory(String name, Function<Metrics, Number> read) {
        ALL.put(name, new Builtin(new MetricDef(name, "B", Better.LOWER, MetricClass.MEMORY), read));
    }

    private static void count(String name, String unit, Function<Metrics, Number> read) {
        ALL.put(name, new Builtin(new MetricDef(name, unit, Better.LOWER, MetricClass.COUNT), read));
    }

    public static List<Builtin> all() {
        return List.copyOf(ALL.values());
    }

    /**
     * The smallest change a built-in metric can show: {@code time} prints CPU seconds in
     * hundredths, so a process using 80 ms of CPU reads 80 or 90 ms from one run to the next and a
     * difference of one tick says nothing. Zero for custom metrics and where no such step exists.
     */
    public static double resolution(MetricDef metric) {
        Builtin b = ALL.get(metric.name());
        if (b == null || !b.def().equals(metric)) {
            return 0;
        }
        return switch (metric.name()) {
            case "userSeconds", "sysSeconds" -> 0.01;
            default -> 0;
        };
    }

    public static Optional<Builtin> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }
}
