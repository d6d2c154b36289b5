package dev.strata.query;

import java.util.List;

/** The answer of a query: the group-by names (column headers) and one line per group and metric. */
public record QueryResult(List<String> groupBy, List<GroupStats> lines) {
}
