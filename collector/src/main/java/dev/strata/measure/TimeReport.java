package dev.strata.measure;

import dev.strata.record.Metrics;

/**
 * What {@code time} said about one command: its metrics, and how the command ended
 * ({@code signal} non-null when it was killed by one).
 */
public record TimeReport(Metrics metrics, Integer exitCode, Integer signal) {
}
