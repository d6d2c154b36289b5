package dev.strata.series;

import dev.strata.record.Better;

import java.util.List;

/**
 * A metric the reporter tracks: the built-in ones of the generic profiler and any metric a workload
 * reported ({@code custom:<name>}). {@code better} is null where no direction is an improvement.
 */
public record MetricInfo(String key, String label, String unit, Better better) {

    public static final String CUSTOM = "custom:";

    /** The built-ins, in the order pages show them. */
    public static final List<MetricInfo> BUILT_IN = List.of(
            new MetricInfo("wallSeconds", "Wall time", "s", Better.LOWER),
            new MetricInfo("userSeconds", "User CPU", "s", Better.LOWER),
            new MetricInfo("sysSeconds", "System CPU", "s", Better.LOWER),
            new MetricInfo("maxRssBytes", "Max RSS", "B", Better.LOWER),
            new MetricInfo("treePeakRssBytes", "Tree peak RSS", "B", Better.LOWER),
            new MetricInfo("cpuPercent", "CPU", "%", null),
            new MetricInfo("majorPageFaults", "Major page faults", "", Better.LOWER),
            new MetricInfo("minorPageFaults", "Minor page faults", "", Better.LOWER),
            new MetricInfo("voluntaryContextSwitches", "Voluntary context switches", "", null),
            new MetricInfo("involuntaryContextSwitches", "Involuntary context switches", "", null),
            new MetricInfo("fsInputBlocks", "File system inputs", "blocks", null),
            new MetricInfo("fsOutputBlocks", "File system outputs", "blocks", null),
            new MetricInfo("readBytes", "Bytes read", "B", null),
            new MetricInfo("writeBytes", "Bytes written", "B", null));

    public static MetricInfo builtIn(String key) {
        for (MetricInfo m : BUILT_IN) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    public boolean custom() {
        return key.startsWith(CUSTOM);
    }

    /** +1 when a larger value is worse, -1 when it is better, 0 when neither. */
    public int worseSign() {
        return better == null ? 0 : better == Better.LOWER ? 1 : -1;
    }
}
