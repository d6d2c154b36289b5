package dev.strata.check;

import java.util.List;

/**
 * The result of {@code strata check}: what was compared with what, and every comparison.
 *
 * @param current  how the current side was named and what it resolved to, e.g. {@code HEAD (1a2b3c4d5e)}
 * @param baseline the same for the baseline, e.g. {@code v1.14 (9f8e7d6c5b)}
 * @param escalations regressed processes re-run with profilers (empty unless asked for)
 */
public record CheckReport(String current, String baseline, double alpha, List<Comparison> comparisons,
                          List<Escalation> escalations) {

    public CheckReport {
        comparisons = List.copyOf(comparisons);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    public CheckReport(String current, String baseline, double alpha, List<Comparison> comparisons) {
        this(current, baseline, alpha, comparisons, List.of());
    }

    public CheckReport withEscalations(List<Escalation> e) {
        return new CheckReport(current, baseline, alpha, comparisons, e);
    }

    /** The processes that regressed, in the report's order. */
    public List<String> regressedProcesses() {
        return comparisons.stream().filter(c -> c.verdict() == Verdict.REGRESSION).map(Comparison::process)
                .distinct().toList();
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
