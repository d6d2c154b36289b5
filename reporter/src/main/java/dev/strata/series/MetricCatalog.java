package dev.strata.series;

import dev.strata.record.Better;
import dev.strata.record.Metrics;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one description of the generic profiler's metrics ({@code run.json}'s {@code metrics} block),
 * read by the site, detection, check, export and query alike. A workload's own metrics are not
 * listed: their unit and direction come from the record.
 *
 * <p>The list is in the order pages show the metrics (time, memory, CPU share, then counts);
 * {@link #inRecordOrder()} gives the order of the record's fields, which export columns follow.
 */
public final class MetricCatalog {

    /**
     * One built-in metric.
     *
     * @param unit       the symbol values are formatted with ({@code s}, {@code B}, {@code %}, empty for a count)
     * @param unitWord   the unit as export and query write it in their {@code unit} column
     * @param better     the direction that is an improvement; null where neither is (more parallelism,
     *                   more context switches): pages then mark no change as worse or better
     * @param tracked    whether detection and check follow it across commits ({@code cpuPercent} is
     *                   a ratio of two tracked metrics and says nothing of its own)
     * @param resolution the smallest change the measurement can show: {@code time} prints CPU seconds in
     *                   hundredths, so one tick of difference says nothing; zero where no such step exists
     */
    public record Builtin(String name, String label, String unit, String unitWord, Better better,
                          MetricClass metricClass, boolean tracked, double resolution,
                          Function<Metrics, Number> read) {

        /** The direction where one is needed (detection, export's {@code better} column): lower when neutral. */
        public Better direction() {
            return better == null ? Better.LOWER : better;
        }

        /** The metric as a series carries it. */
        public MetricDef def() {
            return new MetricDef(name, unit, direction(), metricClass);
        }

        /** The metric as pages show it. */
        public MetricInfo info() {
            return new MetricInfo(name, label, unit, better);
        }

        /** Its value in {@code m}, or null when the run has none (or {@code m} is null). */
        public Number value(Metrics m) {
            return m == null ? null : read.apply(m);
        }
    }

    private static final List<Builtin> ALL = List.of(
            time("wallSeconds", "Wall time", 0, Metrics::wallSeconds),
            time("userSeconds", "User CPU", 0.01, Metrics::userSeconds),
            time("sysSeconds", "System CPU", 0.01, Metrics::sysSeconds),
            memory("maxRssBytes", "Max RSS", Metrics::maxRssBytes),
            memory("treePeakRssBytes", "Tree peak RSS", Metrics::treePeakRssBytes),
            new Builtin("cpuPercent", "CPU", "%", "percent", null, MetricClass.OTHER, false, 0, Metrics::cpuPercent),
            count("majorPageFaults", "Major page faults", "", "count", Better.LOWER, Metrics::majorPageFaults),
            count("minorPageFaults", "Minor page faults", "", "count", Better.LOWER, Metrics::minorPageFaults),
            count("voluntaryContextSwitches", "Voluntary context switches", "", "count", null,
                    Metrics::voluntaryContextSwitches),
            count("involuntaryContextSwitches", "Involuntary context switches", "", "count", null,
                    Metrics::involuntaryContextSwitches),
            count("fsInputBlocks", "File system inputs", "blocks", "blocks", null, Metrics::fsInputBlocks),
            count("fsOutputBlocks", "File system outputs", "blocks", "blocks", null, Metrics::fsOutputBlocks),
            count("readBytes", "Bytes read", "B", "bytes", null, Metrics::readBytes),
            count("writeBytes", "Bytes written", "B", "bytes", null, Metrics::writeBytes));

    /**
     * Time and memory: the built-ins check, query and the scaling page take when none is named (with
     * every metric the workloads report), and the ones a change to is news to anyone.
     */
    public static final List<String> HEADLINE = List.of("wallSeconds", "maxRssBytes");

    private static final Map<String, Builtin> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(b -> BY_NAME.put(b.name(), b));
    }

    private static final List<Builtin> RECORD_ORDER = recordOrder();

    private MetricCatalog() {
    }

    private static Builtin time(String name, String label, double resolution, Function<Metrics, Number> read) {
        return new Builtin(name, label, "s", "seconds", Better.LOWER, MetricClass.TIME, true, resolution, read);
    }

    private static Builtin memory(String name, String label, Function<Metrics, Number> read) {
        return new Builtin(name, label, "B", "bytes", Better.LOWER, MetricClass.MEMORY, true, 0, read);
    }

    private static Builtin count(String name, String label, String unit, String word, Better better,
                                 Function<Metrics, Number> read) {
        return new Builtin(name, label, unit, word, better, MetricClass.COUNT, true, 0, read);
    }

    /** Every built-in metric, in page order. */
    public static List<Builtin> all() {
        return ALL;
    }

    /** The built-ins detection and check follow, in page order. */
    public static List<Builtin> tracked() {
        return ALL.stream().filter(Builtin::tracked).toList();
    }

    /** Every built-in metric in the order of {@code run.json}'s {@code metrics} fields. */
    public static List<Builtin> inRecordOrder() {
        return RECORD_ORDER;
    }

    public static Optional<Builtin> byName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    public static boolean isBuiltIn(String name) {
        return name != null && BY_NAME.containsKey(name);
    }

    /** Whether {@code name} is a built-in detection and check follow; a workload may report the others itself. */
    public static boolean isTracked(String name) {
        Builtin b = name == null ? null : BY_NAME.get(name);
        return b != null && b.tracked();
    }

    /**
     * The smallest change {@code metric} can show; zero for custom metrics, including one a workload
     * reports under a built-in's name with a unit or class of its own.
     */
    public static double resolution(MetricDef metric) {
        Builtin b = BY_NAME.get(metric.name());
        return b == null || !b.tracked() || !b.def().equals(metric) ? 0 : b.resolution();
    }

    /** The record's own field order, so adding a metric to {@link Metrics} cannot leave the two orders apart. */
    private static List<Builtin> recordOrder() {
        List<String> fields = Arrays.stream(Metrics.class.getRecordComponents()).map(RecordComponent::getName).toList();
        for (Builtin b : ALL) {
            if (!fields.contains(b.name())) {
                throw new IllegalStateException("metric " + b.name() + " is no field of run.json's metrics");
            }
        }
        return ALL.stream().sorted(Comparator.comparingInt(b -> fields.indexOf(b.name()))).toList();
    }
}
