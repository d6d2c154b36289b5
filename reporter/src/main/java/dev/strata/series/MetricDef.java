package dev.strata.series;

import dev.strata.record.Better;

/** A tracked metric: its name as it appears in run records, its unit, and which direction is better. */
public record MetricDef(String name, String unit, Better better, MetricClass metricClass) {

    public MetricDef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("metric name must not be empty");
        }
        better = better == null ? Better.LOWER : better;
        metricClass = metricClass == null ? MetricClass.OTHER : metricClass;
        unit = unit == null ? "" : unit;
    }

    /** The class of a custom metric, guessed from its unit so the right default threshold applies. */
    public static MetricClass classOfUnit(String unit) {
        if (unit == null) {
            return MetricClass.OTHER;
        }
        return switch (unit.trim()) {
            case "s", "ms", "us", "µs", "ns", "sec", "seconds", "ns/iter" -> MetricClass.TIME;
            case "B", "KiB", "MiB", "GiB", "bytes" -> MetricClass.MEMORY;
            default -> MetricClass.OTHER;
        };
    }
}
