package dev.strata.export;

import dev.strata.record.Better;

/** One measured value of a run, with its unit and which direction is an improvement. */
public record MetricValue(String name, double value, String unit, Better better) {
}
