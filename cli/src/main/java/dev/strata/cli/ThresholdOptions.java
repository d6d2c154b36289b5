package dev.strata.cli;

import dev.strata.detect.Thresholds;
import dev.strata.series.RunSummary;
import dev.strata.series.MetricCatalog;
import dev.strata.series.MetricClass;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code --threshold}, shared by detect and check: overrides strata.yaml, which overrides the defaults. */
final class ThresholdOptions {

    @Option(names = "--threshold", paramLabel = "[METRIC|CLASS=]PCT",
            description = "Smallest relative change that counts: 5%% for every metric, or wallSeconds=10%%,"
                    + " time=5%%, memory=2%% (repeatable). Defaults: time 5%%, memory 2%%, counts 10%%, other 5%%.")
    List<String> thresholds;

    /** The overrides; a key that is no metric of these runs, built-in metric or class is a usage error. */
    Map<String, Double> overrides(List<RunSummary> runs) {
        Set<String> known = new TreeSet<>();
        MetricCatalog.tracked().forEach(b -> known.add(b.name()));
        for (MetricClass c : MetricClass.values()) {
            known.add(c.key());
        }
        for (RunSummary r : runs) {
            r.custom().values().forEach(m -> known.add(m.label()));
        }
        Map<String, Double> out = overrides();
        for (String key : out.keySet()) {
            if (!key.equals("*") && !known.contains(key)) {
                throw new Errors.UsageException("--threshold " + key + "=...: no metric '" + key + "' in the store;"
                        + " name a built-in metric (wallSeconds, maxRssBytes, ...), a class (time, memory, count,"
                        + " other) or a metric the runs report");
            }
        }
        return out;
    }

    private Map<String, Double> overrides() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (thresholds == null) {
            return out;
        }
        for (String t : thresholds) {
            int eq = t.indexOf('=');
            String key = eq < 0 ? "*" : t.substring(0, eq).trim();
            if (key.isEmpty()) {
                throw new Errors.UsageException("--threshold " + t + ": expected PCT or METRIC=PCT");
            }
            out.put(key, Thresholds.parse(t.substring(eq + 1), "--threshold " + t));
        }
        return out;
    }
}
