package dev.strata.query;

import java.util.Arrays;

/** Count, median, MAD (median absolute deviation, unscaled), min and max of some values. */
public record Summary(int count, double median, double mad, double min, double max) {

    public static Summary of(double[] values, int n) {
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        double median = median(v);
        double[] dev = new double[n];
        for (int i = 0; i < n; i++) {
            dev[i] = Math.abs(v[i] - median);
        }
        Arrays.sort(dev);
        return new Summary(n, median, median(dev), v[0], v[n - 1]);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
