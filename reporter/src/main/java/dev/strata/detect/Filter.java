package dev.strata.detect;

/**
 * What a proposed step must pass to be reported, besides the metric's threshold.
 *
 * @param minConfidence  rank-test confidence of the points before against the points after
 * @param noiseMultiple  the step must be this many times the series' point-to-point noise (on a
 *                       noisy host a small step is more likely the host wandering than the code)
 * @param spreadMultiple the step must be this many times the points' own uncertainty (the spread
 *                       they were published with, or of their repetitions): a step inside it is not one
 * @param wanderMultiple the step must be this many times the series' wander: how far the median of
 *                       {@value Robust#LEVEL_BLOCK} points usually moves from one block to the next
 * @param persistence    points the new level must hold: a shorter level between two steps is a spike
 *                       and is not reported; a step with fewer points after it (the newest) is "possible"
 * @param swayMultiple   the step must be this many times the series' sway: how far the median of
 *                       {@value Robust#SWAY_BLOCK} points usually moves from one block to the next (a
 *                       series whose level keeps moving at that scale needs a bigger step to show a change)
 * @param excursion      a level of fewer points than this that returns to where it came from (the second
 *                       step undoes at least three quarters of the first) is an excursion, not a change:
 *                       both its steps are dropped (0: no such rule)
 */
public record Filter(boolean enabled, double minConfidence, double noiseMultiple, double spreadMultiple,
                     double wanderMultiple, int persistence, double swayMultiple, int excursion) {

    public static final Filter NONE = new Filter(false, 0, 0, 0, 0, 1, 0, 0);

    public Filter {
        if (enabled && (!(minConfidence >= 0) || minConfidence >= 1 || !(noiseMultiple >= 0)
                || !(spreadMultiple >= 0) || !(wanderMultiple >= 0) || persistence < 1 || !(swayMultiple >= 0)
                || excursion < 0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1), the multiples >= 0, the persistence"
                    + " at least 1 point and the excursion at least 0");
        }
    }

    /** The filter without the sway and excursion rules. */
    public Filter(boolean enabled, double minConfidence, double noiseMultiple, double spreadMultiple,
                  double wanderMultiple, int persistence) {
        this(enabled, minConfidence, noiseMultiple, spreadMultiple, wanderMultiple, persistence, 0, 0);
    }

    /** The rank test and the noise multiple only, as the first version of the filter had them. */
    public static Filter of(double minConfidence, double noiseMultiple) {
        return new Filter(true, minConfidence, noiseMultiple, 0, 0, 1);
    }

    public Filter withConfidence(double c) {
        return new Filter(enabled, c, noiseMultiple, spreadMultiple, wanderMultiple, persistence, swayMultiple,
                excursion);
    }

    public Filter withPersistence(int points) {
        return new Filter(enabled, minConfidence, noiseMultiple, spreadMultiple, wanderMultiple, points, swayMultiple,
                excursion);
    }

    public Filter withSway(double multiple) {
        return new Filter(enabled, minConfidence, noiseMultiple, spreadMultiple, wanderMultiple, persistence, multiple,
                excursion);
    }

    public Filter withExcursion(int points) {
        return new Filter(enabled, minConfidence, noiseMultiple, spreadMultiple, wanderMultiple, persistence,
                swayMultiple, points);
    }

    public Filter withSpread(double multiple) {
        return new Filter(enabled, minConfidence, noiseMultiple, multiple, wanderMultiple, persistence, swayMultiple,
                excursion);
    }
}
