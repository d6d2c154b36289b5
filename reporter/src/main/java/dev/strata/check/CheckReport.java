package dev.strata.check;

import java.util.List;

/**
 * The result of {@code strata check}: what was compared with what, and every comparison.
 *
 * @param current  how the current side was named and what it resolved to, e.g. {@code HEAD (1a2b3c4d5e)}
 * @param baseline the same for the baseline, e.g. {@code v1.14 (9f8e7d6c5b)}
 */
public record CheckReport(String current, String baseline, double alpha, List<Comparison> comparisons) {

    public CheckReport {
        comparisons = List.copyOf(comparisons);
    }

    public long count(Verdict v) {
        return comparisons.stream().filter(c -> c.verdict() == v).count();
    }

    public boolean regressed() {
        return count(Verdict.REGRESSION) > 0;
    }

    /** The process exit code: 1 when anything regressed, else 0. */
    public int exitCode() {
        return regressed() ? 1 : 0;
    }
}
