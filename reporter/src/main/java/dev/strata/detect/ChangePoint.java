package dev.strata.detect;

import dev.strata.series.MetricDef;
import dev.strata.series.Point;
import dev.strata.series.SeriesKey;

/**
 * A change in a series: between {@code lastGood} (the last point at the old level) and
 * {@code firstBad} (the first at the new one), with the runs of both to link to.
 *
 * @param index      position of {@code firstBad} in the series
 * @param ratio      median of the new level over median of the old one (after / before)
 * @param confidence one minus the two-sided p-value of a rank test of the points before against after
 * @param noise      the series' relative noise level (0.05 = 5% from point to point)
 * @param method     the method that found it
 * @param possible   the newest points stand at the new level, but too few of them to call it a
 *                   level: reported as possible, not flagged
 */
public record ChangePoint(SeriesKey key, MetricDef metric, int index, Point lastGood, Point firstBad,
                          Direction direction, double ratio, double confidence, double noise, String method,
                          boolean possible) {

    /** The relative change, e.g. {@code +12.5%}, in the metric's own terms. */
    public double changeFraction() {
        return ratio - 1;
    }

    /** Whether it is flagged: a level that held, not the newest few points. */
    public boolean flagged() {
        return !possible;
    }

    public String status() {
        return possible ? "possible" : "flagged";
    }
}
