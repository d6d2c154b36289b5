package dev.strata.cli;

import dev.strata.detect.Thresholds;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --threshold}, shared by detect and check: overrides strata.yaml, which overrides the defaults. */
final class ThresholdOptions {

    @Option(names = "--threshold", paramLabel = "[METRIC|CLASS=]PCT",
            description = "Smallest relative change that counts: 5%% for every metric, or wallSeconds=10%%,"
                    + " time=5%%, memory=2%% (repeatable). Defaults: time 5%%, memory 2%%, counts 10%%, other 5%%.")
    List<String> thresholds;

    Map<String, Double> overrides() {
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
