package dev.strata.query;

import dev.strata.record.Better;

import java.util.List;

/** One line of a query: a group (one value per group-by key, null when missing) and one metric's summary. */
public record GroupStats(List<String> group, String metric, String unit, Better better, Summary summary) {
}
