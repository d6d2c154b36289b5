package dev.strata.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * E-divisive (energy statistic, exponent 1): the split that best separates the distributions of
 * the two sides, kept when a permutation test finds it significant, then each side searched again.
 * Distribution-free and sensitive to any change, not only of the mean. Each statistic takes
 * O(n log n) (row sums of distances through Fenwick trees over ranks), so the permutation test is
 * affordable. Permutations are seeded, so results are reproducible.
 *
 * @param permutations how many shuffles judge each split
 * @param significance the largest permutation p-value that still splits
 */
public record EDivisive(int permutations, double significance, int minSegment) implements Method {

    public EDivisive {
        if (permutations < 1 || !(significance > 0 && significance < 1) || minSegment < 1) {
            throw new IllegalArgumentException("e-divisive needs permutations >= 1, significance in (0, 1)"
                    + " and minSegment >= 1");
        }
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "e-divisive(%d, %.3f)", permutations, significance);
    }

    @Override
    public int[] changes(double[] x, double noise) {
        List<Integer> out = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(x.length * 2654435761L);
        // segments still to search, as {from, to}; a work list rather than recursion, so long series cannot overflow the stack
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.push(new int[]{0, x.length});
        while (!todo.isEmpty()) {
            int[] seg = todo.pop();
            int at = split(x, seg[0], seg[1], rnd);
            if (at > 0) {
                out.add(at);
                todo.push(new int[]{at, seg[1]});
                todo.push(new int[]{seg[0], at});
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The significant split of x[from, to), or -1. */
    private int split(double[] x, int from, int to, SplittableRandom rnd) {
        int n = to - from;
        if (n < 2 * minSegment) {
            return -1;
        }
        double[] v = Arrays.copyOfRange(x, from, to);
        int[] rank = ranks(v);
        double[] best = best(v, rank);
        if (best[1] <= 0) {
            return -1;
        }
        int exceed = 0;
        double[] pv = v.clone();
        int[] pr = rank.clone();
        int needed = (int) Math.floor(significance * (permutations + 1)) - 1;
        for (int p = 0; p < permutations && exceed <= needed; p++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                double tv = pv[i];
                pv[i] = pv[j];
                pv[j] = tv;
                int tr = pr[i];
                pr[i] = pr[j];
                pr[j] = tr;
            }
            if (best(pv, pr)[1] >= best[1]) {
                exceed++;
            }
        }
        return exceed > needed ? -1 : from + (int) best[0];
    }

    /** {split position, statistic} of the best split of v, whose values have the given ranks 0..n-1. */
    private double[] best(double[] v, int[] rank) {
        int n = v.length;
        double[] left = new double[n];
        double[] right = new double[n];
        rowSums(v, rank, left, false);
        rowSums(v, rank, right, true);
        double[] wl = new double[n + 1];
        for (int t = 0; t < n; t++) {
            wl[t + 1] = wl[t] + left[t];
        }
        double[] wr = new double[n + 1];
        for (int t = n - 1; t >= 0; t--) {
            wr[t] = wr[t + 1] + right[t];
        }
        double total = wl[n];
        double bestQ = Double.NEGATIVE_INFINITY;
        int bestT = -1;
        for (int t = minSegment; t <= n - minSegment; t++) {
            double a = t;
            double b = n - t;
            double between = total - wl[t] - wr[t];
            double e = 2 * between / (a * b) - (a > 1 ? wl[t] / (a * (a - 1) / 2) : 0)
                    - (b > 1 ? wr[t] / (b * (b - 1) / 2) : 0);
            double q = a * b / n * e;
            if (q > bestQ) {
                bestQ = q;
                bestT = t;
            }
        }
        return new double[]{bestT, bestQ};
    }

    /** For each i, the sum of |v[i] - v[j]| over j before i (or after i when {@code reverse}). */
    private static void rowSums(double[] v, int[] rank, double[] out, boolean reverse) {
        int n = v.length;
        long[] cnt = new long[n + 1];
        double[] sum = new double[n + 1];
        double sumAll = 0;
        for (int k = 0; k < n; k++) {
            int i = reverse ? n - 1 - k : k;
            long cb = 0;
            double sb = 0;
            for (int r = rank[i]; r > 0; r -= r & -r) {
                cb += cnt[r];
                sb += sum[r];
            }
            long ca = k - cb;
            double sa = sumAll - sb;
            out[i] = cb * v[i] - sb + sa - ca * v[i];
            for (int r = rank[i] + 1; r <= n; r += r & -r) {
                cnt[r]++;
                sum[r] += v[i];
            }
            sumAll += v[i];
        }
    }

    private static int[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        int[] rank = new int[v.length];
        for (int r = 0; r < v.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
