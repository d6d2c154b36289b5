package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Quantiles;
import dev.strata.series.Series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the change points of series: a {@link Method} proposes steps, then each is kept only if
 * it is big enough to matter (the metric's threshold) and clear of the noise (a rank test of the
 * points of the level before against the level after). A step that fails is dropped and its
 * neighbours are judged again against the merged level.
 */
public final class Detector {

    /** Points of each neighbouring level used to judge a step. */
    static final int WINDOW = 30;

    private final Method method;
    private final Thresholds thresholds;
    private final Filter filter;

    /**
     * @param filter what a step must pass to be kept ({@link Filter#NONE} shows a method raw)
     */
    public Detector(Method method, Thresholds thresholds, Filter filter) {
        this.method = method;
        this.thresholds = thresholds;
        this.filter = filter;
    }

    /** The default method, filter and thresholds, chosen by measurement (see docs/detection.md). */
    public static Detector standard() {
        return new Detector(Methods.standard(), Thresholds.defaults(), Methods.standardFilter());
    }

    public Detector with(Thresholds t) {
        return new Detector(method, t, filter);
    }

    public Detector with(Method m, Filter f) {
        return new Detector(m, thresholds, f);
    }

    public String methodName() {
        return method.name();
    }

    /** Every change point of every series, in series order then time; series are judged in parallel. */
    public List<ChangePoint> detect(List<Series> series) {
        return series.parallelStream().map(this::detect).flatMap(List::stream).toList();
    }

    public List<ChangePoint> detect(Series s) {
        int n = s.size();
        if (n < 2 || Arrays.stream(s.medians()).anyMatch(v -> !Double.isFinite(v))) {
            // runs never give such values; a hand-made series with them has nothing to judge
            return List.of();
        }
        double[] x = Robust.logs(s.medians());
        double noise = Robust.noise(x);
        List<Integer> cps = new ArrayList<>();
        for (int c : method.changes(x, noise)) {
            if (c > 0 && c < n) {
                cps.add(c);
            }
        }
        double minEffect = Math.max(Math.log1p(thresholds.of(s.metric())), filter.noiseMultiple() * noise);
        List<Judged> judged = judge(x, cps);
        while (filter.enabled()) {
            Judged worst = judged.stream().filter(j -> j.effect < minEffect || j.confidence < filter.minConfidence())
                    .min(Comparator.comparingDouble((Judged j) -> j.confidence).thenComparingDouble(j -> j.effect))
                    .orElse(null);
            if (worst == null) {
                break;
            }
            cps.remove(Integer.valueOf(worst.index));
            judged = judge(x, cps);
        }
        double[] raw = s.medians();
        List<ChangePoint> out = new ArrayList<>(judged.size());
        for (int k = 0; k < judged.size(); k++) {
            Judged j = judged.get(k);
            int from = Math.max(k == 0 ? 0 : judged.get(k - 1).index, j.index - WINDOW);
            int to = Math.min(k + 1 < judged.size() ? judged.get(k + 1).index : n, j.index + WINDOW);
            double before = Quantiles.median(raw, from, j.index);
            double after = Quantiles.median(raw, j.index, to);
            double ratio = before != 0 ? after / before : Math.exp(j.signedEffect);
            Point lastGood = s.points().get(j.index - 1);
            Point firstBad = s.points().get(j.index);
            out.add(new ChangePoint(s.key(), s.metric(), j.index, lastGood, firstBad,
                    Direction.of(ratio, s.metric().better()), ratio, j.confidence, Math.expm1(noise), method.name()));
        }
        return out;
    }

    private record Judged(int index, double signedEffect, double effect, double confidence) {
    }

    /** The size and confidence of each step against its neighbouring levels (at most WINDOW points each). */
    private static List<Judged> judge(double[] x, List<Integer> cps) {
        List<Judged> out = new ArrayList<>(cps.size());
        for (int k = 0; k < cps.size(); k++) {
            int c = cps.get(k);
            int from = Math.max(k == 0 ? 0 : cps.get(k - 1), c - WINDOW);
            int to = Math.min(k + 1 < cps.size() ? cps.get(k + 1) : x.length, c + WINDOW);
            double[] before = Arrays.copyOfRange(x, from, c);
            double[] after = Arrays.copyOfRange(x, c, to);
            double d = Quantiles.median(after) - Quantiles.median(before);
            double p = MannWhitney.test(before, after).pTwoSided();
            out.add(new Judged(c, d, Math.abs(d), 1 - p));
        }
        return out;
    }
}
