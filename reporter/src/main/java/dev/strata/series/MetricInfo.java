package dev.strata.series;

import dev.strata.record.Better;

import java.util.List;

/**
 * A metric as pages show it: one of {@link MetricCatalog}'s built-ins or a metric a workload
 * reported ({@code custom:<name>}). {@code better} is null where no direction is an improvement.
 */
public record MetricInfo(String key, String label, String unit, Better better) {

    public static final String CUSTOM = "custom:";

    private static final List<MetricInfo> BUILT_INS =
            MetricCatalog.all().stream().map(MetricCatalog.Builtin::info).toList();

    /** The built-in metric {@code key} as pages show it, or null when it is none. */
    public static MetricInfo builtIn(String key) {
        for (MetricInfo m : BUILT_INS) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** The built-ins, in the order pages show them. */
    public static List<MetricInfo> builtIns() {
        return BUILT_INS;
    }

    public boolean custom() {
        return key.startsWith(CUSTOM);
    }

    /** +1 when a larger value is worse, -1 when it is better, 0 when neither. */
    public int worseSign() {
        return better == null ? 0 : better == Better.LOWER ? 1 : -1;
    }
}
