package dev.strata.site;

import java.util.Arrays;

/** The few statistics the pages show; pure functions over values. */
final class Stats {

    private Stats() {
    }

    /** Linear-interpolated quantile of sorted values, q in [0, 1]. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return quantile(s, 0.5);
    }

    /** Least-squares fit of log(y) = a + k log(x): the exponent k and R²; null when it cannot be fitted. */
    static Fit powerLaw(double[] x, double[] y) {
        int n = 0;
        double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0) {
                double lx = Math.log(x[i]);
                double ly = Math.log(y[i]);
                n++;
                sx += lx;
                sy += ly;
                sxx += lx * lx;
                sxy += lx * ly;
                syy += ly * ly;
            }
        }
        double vx = n * sxx - sx * sx;
        if (n < 2 || vx <= 1e-12) {
            return null;
        }
        double k = (n * sxy - sx * sy) / vx;
        double a = (sy - k * sx) / n;
        double vy = n * syy - sy * sy;
        double r2 = vy <= 1e-12 ? 1 : Math.pow(n * sxy - sx * sy, 2) / (vx * vy);
        return new Fit(k, a, r2, n);
    }

    record Fit(double exponent, double intercept, double r2, int points) {
    }
}
