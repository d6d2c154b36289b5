package dev.strata.check;

import dev.strata.series.RunSummary;

import java.util.List;

/** The runs of one side of a check, and how to name them in reports (e.g. {@code v1.14 (9f8e7d6c5b)}). */
public record Selection(String label, List<RunSummary> runs) {

    public Selection {
        runs = List.copyOf(runs);
    }
}
