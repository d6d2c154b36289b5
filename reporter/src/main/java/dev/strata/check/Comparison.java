package dev.strata.check;

import dev.strata.series.MetricDef;

/**
 * One process x metric of the gate: the repetitions of both sides, summarised.
 *
 * @param ratio      current median / baseline median
 * @param ratioLow   lower end of the 95% bootstrap interval of the ratio
 * @param ratioHigh  upper end of that interval
 * @param pWorse     one-sided Mann-Whitney p-value that the current runs are worse
 * @param threshold  the relative change that counts for this metric (0.05 = 5%)
 * @param note       why a comparison is weaker than it looks (other hosts, few runs), or null
 */
public record Comparison(String process, MetricDef metric, int baselineRuns, int currentRuns,
                         double baselineMedian, double currentMedian, double ratio, double ratioLow,
                         double ratioHigh, double pWorse, double threshold, Verdict verdict, String note) {
}
