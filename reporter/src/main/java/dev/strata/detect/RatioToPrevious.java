package dev.strata.detect;

import java.util.Arrays;
import java.util.Locale;

/**
 * The simplest rule, as CI benchmark actions use it: flag a point whose value differs from the
 * previous point's by more than a ratio. Fires on single outliers, misses slow drifts.
 */
public record RatioToPrevious(double ratio) implements Method {

    public RatioToPrevious {
        if (!(ratio > 1)) {
            throw new IllegalArgumentException("ratio-to-previous needs a ratio above 1, got " + ratio);
        }
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "ratio-to-previous(%.2fx)", ratio);
    }

    @Override
    public int[] changes(double[] x, double noise) {
        double lim = Math.log(ratio);
        int[] out = new int[x.length];
        int k = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - x[i - 1]) > lim) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
