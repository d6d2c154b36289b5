package dev.strata.series;

/** A profile attached to a run: paths relative to the run folder (null when absent). */
public record ProfileRef(String profiler, String kind, String format, String file, String flamegraph) {
}
