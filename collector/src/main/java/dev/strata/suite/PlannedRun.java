package dev.strata.suite;

/**
 * One execution of a batch: warm-ups and timed repetitions are numbered apart ({@code index} of
 * {@code of}, from 1), as the record's {@code repetition} says. {@code batch} is the batch's
 * position in the plan.
 */
public record PlannedRun(int batch, int index, int of, boolean warmup, boolean profiled) {
}
