package dev.strata.detect;

import java.util.Arrays;
import java.util.Locale;

/**
 * Flags a point further than {@code z} standard deviations from the mean of the previous
 * {@code window} points. A run of consecutive flagged points counts once, at its first point
 * (otherwise one step raises an alert per point until the window catches up).
 */
public record LookbackZScore(int window, double z) implements Method {

    private static final int MIN_HISTORY = 5;

    public LookbackZScore {
        if (window < MIN_HISTORY || !(z > 0)) {
            throw new IllegalArgumentException("z-score needs a window of at least " + MIN_HISTORY
                    + " points and z > 0");
        }
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "z-score(%d, %.0f)", window, z);
    }

    @Override
    public int[] changes(double[] x, double noise) {
        int[] out = new int[x.length];
        int k = 0;
        boolean previous = false;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < x.length; i++) {
            int n = Math.min(i, window);
            boolean flagged = false;
            if (n >= MIN_HISTORY) {
                double mean = sum / n;
                double sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean) * n / (n - 1));
                flagged = Math.abs(x[i] - mean) > z * Math.max(sd, Robust.NOISE_FLOOR);
            }
            if (flagged && !previous) {
                out[k++] = i;
            }
            previous = flagged;
            sum += x[i];
            sumSq += x[i] * x[i];
            if (i >= window) {
                sum -= x[i - window];
                sumSq -= x[i - window] * x[i - window];
            }
        }
        return Arrays.copyOf(out, k);
    }
}
