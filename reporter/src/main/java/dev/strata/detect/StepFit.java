package dev.strata.detect;

import java.util.Arrays;
import java.util.Locale;

/**
 * A penalised step fit: the piecewise-constant fit of the series that minimises the squared error
 * plus a penalty per step, found exactly by PELT (optimal partitioning with pruning, linear on
 * average). Robust to outliers because points are first pulled to within a few noise levels of
 * their rolling median, and the penalty scales with the noise so a noisy host needs a bigger step.
 *
 * @param penalty    penalty per step in units of noise variance times log(n)
 * @param minSegment shortest level the fit may place (in points)
 */
public record StepFit(double penalty, int minSegment) implements Method {

    private static final double CLIP_SIGMAS = 3;
    private static final int CLIP_HALF_WINDOW = 3;
    /** Ends between two prunings of the candidates (a power of two). */
    private static final int PRUNE_EVERY = 8;

    public StepFit {
        if (!(penalty > 0) || minSegment < 1) {
            throw new IllegalArgumentException("step fit needs penalty > 0 and minSegment >= 1");
        }
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "step-fit(%.1f, %d)", penalty, minSegment);
    }

    @Override
    public int[] changes(double[] x, double noise) {
        int n = x.length;
        if (n < 2 * minSegment) {
            return new int[0];
        }
        double[] y = Robust.clip(x, noise, CLIP_SIGMAS, CLIP_HALF_WINDOW);
        double[] s1 = new double[n + 1];
        double[] s2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            s1[i + 1] = s1[i] + y[i];
            s2[i + 1] = s2[i] + y[i] * y[i];
        }
        double beta = penalty * noise * noise * Math.log(n);
        double[] f = new double[n + 1];
        // f less the squares before each start: a candidate's cost at end t is g[s] + s2[t] - sum^2 / len
        double[] g = new double[n + 1];
        int[] last = new int[n + 1];
        int[] cands = new int[n + 1];
        double[] vals = new double[n + 1];
        double[] inv = new double[n + 1];
        for (int len = 1; len <= n; len++) {
            inv[len] = 1.0 / len;
        }
        int nc = 0;
        f[0] = -beta;
        g[0] = f[0] - s2[0];
        // a segment start s becomes a candidate once a segment of minSegment points can follow it
        for (int t = 1; t <= n; t++) {
            if (t - minSegment >= 0 && (t - minSegment == 0 || last[t - minSegment] >= 0)) {
                cands[nc++] = t - minSegment;
            }
            if (nc == 0) {
                f[t] = Double.POSITIVE_INFINITY;
                g[t] = Double.POSITIVE_INFINITY;
                last[t] = -1;
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            double sumT = s1[t];
            // pruning only ever removes starts that cannot be the best again, so it need not run at every
            // end: every few ends it does, and the ends between run the cheaper loop that stores nothing
            boolean prune = (t & (PRUNE_EVERY - 1)) == 0 || t == n;
            if (prune) {
                for (int c = 0; c < nc; c++) {
                    int s = cands[c];
                    double sum = sumT - s1[s];
                    double w = g[s] - sum * sum * inv[t - s];
                    vals[c] = w;
                    if (w < best) {
                        best = w;
                        arg = s;
                    }
                }
            } else {
                for (int c = 0; c < nc; c++) {
                    int s = cands[c];
                    double sum = sumT - s1[s];
                    double w = g[s] - sum * sum * inv[t - s];
                    if (w < best) {
                        best = w;
                        arg = s;
                    }
                }
            }
            f[t] = best + s2[t] + beta;
            g[t] = f[t] - s2[t];
            last[t] = arg;
            if (prune) {
                double bound = best + beta;
                int keep = 0;
                for (int c = 0; c < nc; c++) {
                    if (vals[c] <= bound) {
                        cands[keep++] = cands[c];
                    }
                }
                nc = keep;
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int t = last[n]; t > 0; t = last[t]) {
            out[k++] = t;
        }
        int[] cps = Arrays.copyOf(out, k);
        Arrays.sort(cps);
        return cps;
    }
}
