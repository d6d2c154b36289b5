package dev.strata.series;

import java.util.Locale;

/** What kind of quantity a metric is; thresholds default per class (time and memory differ). */
public enum MetricClass {
    TIME, MEMORY, COUNT, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
