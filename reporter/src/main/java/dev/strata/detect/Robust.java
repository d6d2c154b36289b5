package dev.strata.detect;

import java.util.Arrays;

/** Robust helpers shared by the methods: the log transform, noise level and rolling medians. */
public final class Robust {

    /** Scale of a normal distribution's median absolute deviation. */
    private static final double MAD_TO_SIGMA = 1.4826;
    /** Noise below this (0.1%) is treated as 0.1%: timers and counters are not that exact. */
    public static final double NOISE_FLOOR = 1e-3;

    private Robust() {
    }

    /**
     * Log of the values, so steps are ratios and noise is relative. A series with zeros or
     * negative values (counters, for example) is shifted to start at 1 first.
     */
    public static double[] logs(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        for (double d : v) {
            min = Math.min(min, d);
        }
        double shift = min > 0 ? 0 : 1 - min;
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = Math.log(v[i] + shift);
        }
        return x;
    }

    /**
     * The standard deviation of the noise of (log) values, from the median absolute successive
     * difference: steps and slow trends hardly move it, unlike the plain standard deviation.
     */
    public static double noise(double[] x) {
        if (x.length < 3) {
            return NOISE_FLOOR;
        }
        double[] d = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            d[i - 1] = Math.abs(x[i] - x[i - 1]);
        }
        Arrays.sort(d);
        double mad = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
        return Math.max(NOISE_FLOOR, mad * MAD_TO_SIGMA / Math.sqrt(2));
    }

    /** Points per block when measuring how a series' level wanders. */
    public static final int LEVEL_BLOCK = 10;
    static final int WANDER_MIN_BLOCKS = 8;

    /**
     * How far a series' level wanders on its own, as the standard deviation of the difference
     * between the medians of neighbouring blocks of {@value #LEVEL_BLOCK} points (robustly, from
     * their median absolute value, so the few real steps hardly count). On a steady host it is
     * about half the point noise; on a host that drifts between runs it is larger, and a step must
     * clear it to be more than the drift. 0 for series of fewer than {@value #WANDER_MIN_BLOCKS}
     * blocks: in fewer, one real step is a large share of the differences.
     */
    public static double wander(double[] x) {
        return blockMoves(x, LEVEL_BLOCK);
    }

    /** Points per block when measuring how a series' level sways over a longer horizon. */
    public static final int SWAY_BLOCK = 30;

    /**
     * How far a series' level sways on its own over {@value #SWAY_BLOCK} points: as {@link #wander},
     * with blocks of {@value #SWAY_BLOCK} points (0 for series of fewer than {@value #WANDER_MIN_BLOCKS}
     * blocks). A series that steps back and forth or creeps between its steps moves at this scale
     * where a steady one moves by its noise over the block's length.
     */
    public static double sway(double[] x) {
        return blockMoves(x, SWAY_BLOCK);
    }

    private static double blockMoves(double[] x, int size) {
        int blocks = x.length / size;
        if (blocks < WANDER_MIN_BLOCKS) {
            return 0;
        }
        double[] med = new double[blocks];
        int off = x.length - blocks * size;
        double[] w = new double[size];
        for (int b = 0; b < blocks; b++) {
            System.arraycopy(x, off + b * size, w, 0, size);
            Arrays.sort(w);
            med[b] = (size & 1) == 1 ? w[size / 2] : (w[size / 2 - 1] + w[size / 2]) / 2;
        }
        double[] d = new double[blocks - 1];
        for (int b = 1; b < blocks; b++) {
            d[b - 1] = Math.abs(med[b] - med[b - 1]);
        }
        Arrays.sort(d);
        double mad = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
        return mad * MAD_TO_SIGMA;
    }

    /** Median of each point's centred window of {@code 2 * half + 1} points (shorter at the ends). */
    public static double[] rollingMedian(double[] x, int half) {
        double[] out = new double[x.length];
        // the window kept sorted as it slides: one value leaves and one enters per point, instead of a sort each
        double[] w = new double[2 * half + 1];
        int n = 0;
        for (int j = 0; j < Math.min(x.length, half + 1); j++) {
            n = insert(w, n, x[j]);
        }
        for (int i = 0; i < x.length; i++) {
            out[i] = (n & 1) == 1 ? w[n / 2] : (w[n / 2 - 1] + w[n / 2]) / 2;
            if (i - half >= 0) {
                n = remove(w, n, x[i - half]);
            }
            if (i + half + 1 < x.length) {
                n = insert(w, n, x[i + half + 1]);
            }
        }
        return out;
    }

    /** Puts {@code v} into the sorted {@code w[0, n)} in {@link Double#compare} order, as a sort would; the new size. */
    private static int insert(double[] w, int n, double v) {
        int k = n;
        while (k > 0 && Double.compare(w[k - 1], v) > 0) {
            w[k] = w[k - 1];
            k--;
        }
        w[k] = v;
        return n + 1;
    }

    /** Takes one value equal to {@code v} out of the sorted {@code w[0, n)}; the new size. */
    private static int remove(double[] w, int n, double v) {
        int k = 0;
        while (Double.compare(w[k], v) != 0) {
            k++;
        }
        System.arraycopy(w, k + 1, w, k, n - k - 1);
        return n - 1;
    }

    /** Pulls points further than {@code k} noise levels from their rolling median back to that distance. */
    public static double[] clip(double[] x, double sigma, double k, int half) {
        double[] m = rollingMedian(x, half);
        double[] y = new double[x.length];
        double lim = k * sigma;
        for (int i = 0; i < x.length; i++) {
            double r = x[i] - m[i];
            y[i] = m[i] + Math.max(-lim, Math.min(lim, r));
        }
        return y;
    }
}
