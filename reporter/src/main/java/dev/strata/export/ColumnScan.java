package dev.strata.export;

import dev.strata.series.RunSummary;
import dev.strata.series.MetricCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The first pass of an export: which parameters and custom metrics the selected runs carry, so
 * the header is known before the first row. Holds names only, never runs.
 */
public final class ColumnScan {

    private final SortedSet<String> params = new TreeSet<>();
    private final SortedSet<String> customSelected = new TreeSet<>();
    private final SortedSet<String> customSeen = new TreeSet<>();
    private int runs;

    /** Notes a run read from a matching process; {@code selected} says whether the filter kept it. */
    public void add(RunSummary r, boolean selected) {
        {
            for (String m : MetricValue.customNames(r)) {
                if (!MetricCatalog.isBuiltIn(m)) {
                    customSeen.add(m);
                    if (selected) {
                        customSelected.add(m);
                    }
                }
            }
        }
        if (selected) {
            runs++;
            params.addAll(r.params().keySet());
        }
    }

    public List<String> params() {
        return List.copyOf(params);
    }

    public int runs() {
        return runs;
    }

    /** Built-ins in catalog order, then the custom metrics of the selected runs by name. */
    public List<String> defaultMetrics() {
        List<String> out = new ArrayList<>(MetricValue.BUILT_IN_NAMES);
        out.addAll(customSelected);
        return out;
    }

    /** Throws when a metric asked for is neither built in nor reported by any run of the chosen processes. */
    public void requireKnown(List<String> metrics) {
        for (String m : metrics) {
            if (!MetricCatalog.isBuiltIn(m) && !customSeen.contains(m)) {
                List<String> custom = List.copyOf(customSeen);
                throw new IllegalArgumentException("--metric '" + m + "' is not a metric of these runs (built in: "
                        + String.join(", ", MetricValue.BUILT_IN_NAMES) + (custom.isEmpty() ? ""
                        : "; reported: " + String.join(", ", custom.subList(0, Math.min(8, custom.size())))
                        + (custom.size() > 8 ? ", ..." : "")) + ")");
            }
        }
    }
}
