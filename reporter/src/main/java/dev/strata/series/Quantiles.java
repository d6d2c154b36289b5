package dev.strata.series;

import java.util.Arrays;

/** Medians and quantiles of small samples (copies; never reorders the caller's array). */
public final class Quantiles {

    private Quantiles() {
    }

    public static double median(double[] values) {
        return median(values, 0, values.length);
    }

    /** Median of {@code values[from, to)}; NaN when the range is empty. */
    public static double median(double[] values, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double[] c = Arrays.copyOfRange(values, from, to);
        Arrays.sort(c);
        return (n & 1) == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    /** Linear-interpolated quantile {@code q} in [0, 1] of sorted values. */
    public static double ofSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
