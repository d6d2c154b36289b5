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
 * it is big enough to matter (the metric's threshold, the series' noise and wander, the points' own
 * uncertainty), clear of the noise (a rank test of the level before against the level after) and
 * held (a level of fewer points between two steps is a spike). A step that fails is dropped and its
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

    public Filter filter() {
        return filter;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Every change point of every series, in series order then time; series are judged in parallel. */
    public List<ChangePoint> detect(List<Series> series) {
        return series.parallelStream().map(this::detect).flatMap(List::stream).toList();
    }

    /** Every change point, and the environment events that group many series of one host at one commit. */
    public Detection detectAll(List<Series> series) {
        return Detection.of(series, detect(series));
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
        List<Judged> judged = judge(x, spreads(s), cps);
        if (filter.enabled()) {
            double floor = Math.max(Math.log1p(thresholds.of(s.metric())),
                    Math.max(filter.noiseMultiple() * noise, filter.wanderMultiple() * Robust.wander(x)));
            judged = prune(x, spreads(s), cps, judged, floor);
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
            boolean possible = k == judged.size() - 1 && n - j.index < filter.persistence();
            out.add(new ChangePoint(s.key(), s.metric(), j.index, lastGood, firstBad,
                    Direction.of(ratio, s.metric().better()), ratio, j.confidence, Math.expm1(noise), method.name(),
                    possible));
        }
        return out;
    }

    /**
     * Drops failing steps, weakest first, until every step is big enough ({@code floor}, and the
     * points' own spread), confident enough, and every level between two steps holds for the
     * persistence.
     */
    private List<Judged> prune(double[] x, double[] spread, List<Integer> cps, List<Judged> judged, double floor) {
        while (true) {
            Judged worst = null;
            for (Judged j : judged) {
                boolean fails = j.effect < floor || j.effect < filter.spreadMultiple() * j.spread
                        || j.confidence < filter.minConfidence();
                if (fails && (worst == null || WEAKER.compare(j, worst) < 0)) {
                    worst = j;
                }
            }
            if (worst == null) {
                worst = spike(judged);
            }
            if (worst == null) {
                return judged;
            }
            cps.remove(Integer.valueOf(worst.index));
            judged = judge(x, spread, cps);
        }
    }

    private static final Comparator<Judged> WEAKER = Comparator.comparingDouble((Judged j) -> j.confidence)
            .thenComparingDouble(j -> j.effect);

    /** The weaker end of the shortest level between two steps that is shorter than the persistence, or null. */
    private Judged spike(List<Judged> judged) {
        Judged weakest = null;
        int shortest = Integer.MAX_VALUE;
        for (int k = 0; k + 1 < judged.size(); k++) {
            int length = judged.get(k + 1).index - judged.get(k).index;
            if (length < filter.persistence() && length < shortest) {
                shortest = length;
                Judged a = judged.get(k);
                Judged b = judged.get(k + 1);
                weakest = WEAKER.compare(a, b) <= 0 ? a : b;
            }
        }
        return weakest;
    }

    private record Judged(int index, double signedEffect, double effect, double confidence, double spread) {
    }

    /** Each point's own relative uncertainty (0 where unknown). */
    private static double[] spreads(Series s) {
        double[] out = new double[s.size()];
        for (int i = 0; i < out.length; i++) {
            double v = s.points().get(i).spread();
            out[i] = Double.isFinite(v) ? v : 0;
        }
        return out;
    }

    /**
     * The size, confidence and typical point spread of each step against its neighbouring levels
     * (at most WINDOW points each).
     */
    private static List<Judged> judge(double[] x, double[] spread, List<Integer> cps) {
        List<Judged> out = new ArrayList<>(cps.size());
        for (int k = 0; k < cps.size(); k++) {
            int c = cps.get(k);
            int from = Math.max(k == 0 ? 0 : cps.get(k - 1), c - WINDOW);
            int to = Math.min(k + 1 < cps.size() ? cps.get(k + 1) : x.length, c + WINDOW);
            double[] before = Arrays.copyOfRange(x, from, c);
            double[] after = Arrays.copyOfRange(x, c, to);
            double d = Quantiles.median(after) - Quantiles.median(before);
            double p = MannWhitney.test(before, after).pTwoSided();
            out.add(new Judged(c, d, Math.abs(d), 1 - p, Quantiles.median(spread, from, to)));
        }
        return out;
    }
}
