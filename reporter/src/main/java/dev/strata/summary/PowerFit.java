package dev.strata.summary;

/**
 * Least-squares fit of log y = a + k log x over individual runs, with a 95% confidence interval
 * for the exponent k from the slope's standard error and Student's t. Each repetition is a point,
 * so the interval reflects the noise of the runs as well as the curvature of the sweep.
 */
public record PowerFit(double exponent, double low, double high, double r2, int points, int sizes) {

    /** @return null when there are fewer than two distinct positive x values or fewer than three points */
    public static PowerFit of(double[] x, double[] y) {
        int n = 0;
        double sx = 0, sy = 0;
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0) {
                n++;
                sx += Math.log(x[i]);
                sy += Math.log(y[i]);
                distinct.add(x[i]);
            }
        }
        if (n < 3 || distinct.size() < 2) {
            return null;
        }
        double mx = sx / n, my = sy / n;
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0) {
                double dx = Math.log(x[i]) - mx, dy = Math.log(y[i]) - my;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
        }
        double k = sxy / sxx;
        double residual = Math.max(0, syy - k * sxy);
        double se = Math.sqrt(residual / (n - 2) / sxx);
        double t = StudentT.quantile975(n - 2);
        double r2 = syy <= 0 ? 1 : 1 - residual / syy;
        return new PowerFit(k, k - t * se, k + t * se, r2, n, distinct.size());
    }
}
