package dev.strata.check;

import dev.strata.series.Quantiles;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap interval of the ratio of medians (b over a). Seeded from the data, so the
 * same runs always give the same interval and reports stay reproducible.
 */
public final class Bootstrap {

    static final int RESAMPLES = 2000;

    private Bootstrap() {
    }

    /** The 95% interval {low, high} of median(b) / median(a). */
    public static double[] ratioOfMedians(double[] a, double[] b) {
        SplittableRandom rnd = new SplittableRandom(31L * Arrays.hashCode(a) + Arrays.hashCode(b));
        double[] ratios = new double[RESAMPLES];
        double[] ra = new double[a.length];
        double[] rb = new double[b.length];
        for (int k = 0; k < RESAMPLES; k++) {
            for (int i = 0; i < a.length; i++) {
                ra[i] = a[rnd.nextInt(a.length)];
            }
            for (int i = 0; i < b.length; i++) {
                rb[i] = b[rnd.nextInt(b.length)];
            }
            ratios[k] = Quantiles.median(rb) / Quantiles.median(ra);
        }
        Arrays.sort(ratios);
        return new double[]{Quantiles.ofSorted(ratios, 0.025), Quantiles.ofSorted(ratios, 0.975)};
    }
}
