package dev.strata.detect;

import java.util.Arrays;

/**
 * The Mann-Whitney rank-sum test: do values of {@code b} tend to be larger than those of
 * {@code a}? Exact (permutation distribution of the mid-rank sum, ties included) for small
 * samples, normal approximation with tie correction above {@value #EXACT_MAX} values.
 */
public final class MannWhitney {

    static final int EXACT_MAX = 30;
    static final int EXACT_SMALL_SIDE = 8;

    /** The p-values of one comparison. */
    public record Result(double pGreater, double pLess) {
        public double pTwoSided() {
            return Math.min(1, 2 * Math.min(pGreater, pLess));
        }
    }

    private MannWhitney() {
    }

    public static Result test(double[] a, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        if (n1 == 0 || n2 == 0) {
            return new Result(1, 1);
        }
        int n = n1 + n2;
        double[] all = new double[n];
        System.arraycopy(a, 0, all, 0, n1);
        System.arraycopy(b, 0, all, n1, n2);
        // doubled mid-ranks are integers: a value's is (first position + last position + 2) of its run of
        // equal values in sorted order, found by binary search (no boxing: this runs for every step judged)
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        int[] rank2 = new int[n];
        for (int i = 0; i < n; i++) {
            int lo = lowerBound(sorted, all[i]);
            int hi = (all[i] == Double.POSITIVE_INFINITY ? n : lowerBound(sorted, Math.nextUp(all[i]))) - 1;
            rank2[i] = lo + hi + 2;
        }
        double tieTerm = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            tieTerm += t * t * t - t;
            i = j + 1;
        }
        int sumB2 = 0;
        for (int i = n1; i < n; i++) {
            sumB2 += rank2[i];
        }
        if (n <= EXACT_MAX || Math.min(n1, n2) <= EXACT_SMALL_SIDE) {
            if (n1 < n2) {
                // the same distribution counted over the smaller side: B ranks high exactly when A ranks low
                int sumA2 = n * (n + 1) - sumB2;
                Result byA = exact(rank2, n1, sumA2);
                return new Result(byA.pLess(), byA.pGreater());
            }
            return exact(rank2, n2, sumB2);
        }
        double u = sumB2 / 2.0 - n2 * (n2 + 1) / 2.0;
        double mean = n1 * (double) n2 / 2;
        double var = n1 * (double) n2 / 12 * ((n + 1) - tieTerm / ((double) n * (n - 1)));
        if (var <= 0) {
            return new Result(1, 1);
        }
        double sd = Math.sqrt(var);
        double zUp = (u - mean - 0.5) / sd;
        double zDown = (u - mean + 0.5) / sd;
        return new Result(upperTail(zUp), 1 - upperTail(zDown));
    }

    /** The first position in {@code sorted} whose value is not below {@code v}. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Counts, over all ways to pick {@code k} of the ranks, how many reach each rank sum. */
    private static Result exact(int[] rank2, int k, int observed) {
        int max = 0;
        for (int r : rank2) {
            max += r;
        }
        double[][] ways = new double[k + 1][max + 1];
        ways[0][0] = 1;
        for (int r : rank2) {
            for (int j = k; j >= 1; j--) {
                double[] to = ways[j];
                double[] from = ways[j - 1];
                for (int s = max; s >= r; s--) {
                    to[s] += from[s - r];
                }
            }
        }
        double total = 0;
        double ge = 0;
        double le = 0;
        for (int s = 0; s <= max; s++) {
            double w = ways[k][s];
            total += w;
            if (s >= observed) {
                ge += w;
            }
            if (s <= observed) {
                le += w;
            }
        }
        return new Result(ge / total, le / total);
    }

    /** P(Z > z) for a standard normal Z (Abramowitz-Stegun 7.1.26 through erfc, error < 1.5e-7). */
    static double upperTail(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                + t * 1.061405429)))) * Math.exp(-x * x);
        double p = erfc / 2;
        return z >= 0 ? p : 1 - p;
    }
}
