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
 * it is big enough to matter (the metric's threshold, the series' noise, wander and sway, the points'
 * own uncertainty), clear of the noise (a rank test of the level before against the level after) and
 * held (a level of fewer points between two steps is a spike; a short level that returns to where it
 * came from is an excursion). A step that fails is dropped and its neighbours are judged again against
 * the merged level.
 */
public final class Detector {

    /** Points of each neighbouring level used to judge a step. */
    static final int WINDOW = 30;
    /**
     * The rank-test confidence a step among the newest points needs to be shown as possible: fewer
     * points after it cannot give more evidence, and a possible step raises no alert.
     */
    static final double POSSIBLE_CONFIDENCE = 0.999;

    private final Method method;
    private final Thresholds thresholds;
    private final Filter filter;
    private final Filter together;

    /**
     * @param filter   what a step must pass to be kept ({@link Filter#NONE} shows a method raw)
     * @param together what a step must pass when it is one of an environment event ({@link Filter#NONE}:
     *                 events group only steps that pass {@code filter})
     */
    public Detector(Method method, Thresholds thresholds, Filter filter, Filter together) {
        this.method = method;
        this.thresholds = thresholds;
        this.filter = filter;
        this.together = together;
    }

    /** A detector that judges every step alone. */
    public Detector(Method method, Thresholds thresholds, Filter filter) {
        this(method, thresholds, filter, Filter.NONE);
    }

    /** The default method, filters and thresholds, chosen by measurement (see docs/detection.md). */
    public static Detector standard() {
        return new Detector(Methods.standard(), Thresholds.defaults(), Methods.standardFilter(),
                Methods.standardTogether());
    }

    public Detector with(Thresholds t) {
        return new Detector(method, t, filter, together);
    }

    public Detector with(Method m, Filter f) {
        return new Detector(m, thresholds, f, together);
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

    /**
     * Every change point, and the environment events that group many series of one host at one
     * commit. A step too small to be reported alone counts when it is one of such a group (it
     * passes {@code together}): several series of one host stepping at the same commit is evidence
     * no single series gives.
     */
    public Detection detectAll(List<Series> series) {
        List<List<ChangePoint>[]> found = series.parallelStream().map(s -> {
            Proposed p = propose(s);
            @SuppressWarnings("unchecked")
            List<ChangePoint>[] both = new List[]{detect(p, filter),
                    together.enabled() ? detect(p, together) : List.<ChangePoint>of()};
            return both;
        }).toList();
        List<ChangePoint> alone = new ArrayList<>();
        List<ChangePoint> withOthers = new ArrayList<>();
        for (List<ChangePoint>[] f : found) {
            alone.addAll(f[0]);
            withOthers.addAll(f[1]);
        }
        return Detection.of(series, alone, withOthers);
    }

    /** What a step must pass when many series of its host step at the same commit. */
    public Filter together() {
        return together;
    }

    public Detector withTogether(Filter f) {
        return new Detector(method, thresholds, filter, f);
    }

    /** The change points of one series judged alone (no environment events). */
    public List<ChangePoint> detect(Series s) {
        return detect(propose(s), filter);
    }

    /** A series with its method's proposals judged, before any filter: shared by both filters. */
    private record Proposed(Series s, double[] x, double noise, double[] spread, List<Integer> cps,
                            List<Judged> judged) {
    }

    private Proposed propose(Series s) {
        double[] x = logs(s);
        if (x == null) {
            return null;
        }
        int n = s.size();
        double noise = Robust.noise(x);
        List<Integer> cps = new ArrayList<>();
        for (int c : method.changes(x, noise)) {
            if (c > 0 && c < n) {
                cps.add(c);
            }
        }
        double[] spread = spreads(s);
        return new Proposed(s, x, noise, spread, cps, judge(x, spread, cps));
    }

    /** Log values, or null when there is nothing to judge. */
    private static double[] logs(Series s) {
        if (s.size() < 2 || Arrays.stream(s.medians()).anyMatch(v -> !Double.isFinite(v))) {
            // runs never give such values; a hand-made series with them has nothing to judge
            return null;
        }
        return Robust.logs(s.medians());
    }

    private List<ChangePoint> detect(Proposed p, Filter filter) {
        if (p == null) {
            return List.of();
        }
        Series s = p.s();
        double[] x = p.x();
        int n = s.size();
        double noise = p.noise();
        List<Judged> judged = p.judged();
        if (filter.enabled()) {
            double floor = Math.max(Math.max(Math.log1p(thresholds.of(s.metric())), filter.noiseMultiple() * noise),
                    Math.max(filter.wanderMultiple() * Robust.wander(x),
                            filter.swayMultiple() > 0 ? filter.swayMultiple() * Robust.sway(x) : 0));
            judged = prune(x, p.spread(), new ArrayList<>(p.cps()), judged, floor, filter);
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
    private static List<Judged> prune(double[] x, double[] spread, List<Integer> cps, List<Judged> judged,
                                      double floor, Filter filter) {
        List<Judged> live = new ArrayList<>(judged);
        while (true) {
            int worst = -1;
            for (int k = 0; k < live.size(); k++) {
                Judged j = live.get(k);
                boolean newest = k == live.size() - 1 && x.length - j.index < filter.persistence();
                double confidence = newest ? Math.min(filter.minConfidence(), POSSIBLE_CONFIDENCE) : filter.minConfidence();
                boolean fails = j.effect < floor || j.effect < filter.spreadMultiple() * j.spread
                        || j.confidence < confidence;
                if (fails && (worst < 0 || WEAKER.compare(j, live.get(worst)) < 0)) {
                    worst = k;
                }
            }
            if (worst < 0) {
                worst = spike(live, filter.persistence());
            }
            if (worst < 0) {
                int out = excursion(live, filter.excursion());
                if (out >= 0) {
                    // both ends go: dropping one would leave the other judged against a window half inside the excursion
                    cps.remove(out + 1);
                    live.remove(out + 1);
                    worst = out;
                }
            }
            if (worst < 0) {
                return live;
            }
            // only the two neighbours' levels change: judge them again against the merged level
            cps.remove(worst);
            live.remove(worst);
            for (int k = Math.max(0, worst - 1); k <= Math.min(live.size() - 1, worst); k++) {
                live.set(k, judge(x, spread, cps, k));
            }
        }
    }

    private static final Comparator<Judged> WEAKER = Comparator.comparingDouble((Judged j) -> j.confidence)
            .thenComparingDouble(j -> j.effect);

    /** The weaker end of the shortest level between two steps that is shorter than the persistence, or -1. */
    private static int spike(List<Judged> judged, int persistence) {
        int weakest = -1;
        int shortest = Integer.MAX_VALUE;
        for (int k = 0; k + 1 < judged.size(); k++) {
            int length = judged.get(k + 1).index - judged.get(k).index;
            if (length < persistence && length < shortest) {
                shortest = length;
                weakest = WEAKER.compare(judged.get(k), judged.get(k + 1)) <= 0 ? k : k + 1;
            }
        }
        return weakest;
    }

    /**
     * The first of two steps around the shortest level of fewer than {@code points} points that returns to
     * where it came from (the second step undoes at least three quarters of the first), or -1.
     */
    private static int excursion(List<Judged> judged, int points) {
        int first = -1;
        int shortest = Integer.MAX_VALUE;
        for (int k = 0; k + 1 < judged.size(); k++) {
            Judged a = judged.get(k);
            Judged b = judged.get(k + 1);
            int length = b.index - a.index;
            boolean back = Math.abs(a.signedEffect + b.signedEffect) <= a.effect / 4;
            if (length < points && back && length < shortest) {
                shortest = length;
                first = k;
            }
        }
        return first;
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
            out.add(judge(x, spread, cps, k));
        }
        return out;
    }

    private static Judged judge(double[] x, double[] spread, List<Integer> cps, int k) {
        int c = cps.get(k);
        int from = Math.max(k == 0 ? 0 : cps.get(k - 1), c - WINDOW);
        int to = Math.min(k + 1 < cps.size() ? cps.get(k + 1) : x.length, c + WINDOW);
        double[] before = Arrays.copyOfRange(x, from, c);
        double[] after = Arrays.copyOfRange(x, c, to);
        double d = Quantiles.median(after) - Quantiles.median(before);
        double p = MannWhitney.test(before, after).pTwoSided();
        return new Judged(c, d, Math.abs(d), 1 - p, Quantiles.median(spread, from, to));
    }
}
