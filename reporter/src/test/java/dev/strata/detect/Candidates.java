package dev.strata.detect;

import java.util.List;

/** The detectors compared in docs/detection.md, and the synthetic trials they face. */
public final class Candidates {

    /** @param baseline whether it is one of the simple rules other tools use, as they use it */
    public record Candidate(String name, Detector detector, boolean baseline) {
    }

    public static final String STANDARD = "step-fit + filter, events, persistence";
    public static final String FIRST = "step-fit + rank-test filter (the first default)";

    private Candidates() {
    }

    public static List<Candidate> all() {
        Thresholds t = Thresholds.defaults();
        Filter raw = Filter.NONE;
        Filter first = Filter.of(0.999, 2);
        Filter f = Methods.standardFilter();
        Filter together = Methods.standardTogether();
        return List.of(
                new Candidate("ratio-to-previous 1.5x", new Detector(new RatioToPrevious(1.5), t, raw), true),
                new Candidate("ratio-to-previous 2x", new Detector(new RatioToPrevious(2.0), t, raw), true),
                new Candidate("z-score 30 pts, z>3", new Detector(new LookbackZScore(30, 3), t, raw), true),
                new Candidate("z-score 100 pts, z>5 (conbench-like)", new Detector(new LookbackZScore(100, 5), t, raw), true),
                new Candidate("z-score 30 pts + filter, events, persistence",
                        new Detector(new LookbackZScore(30, 3), t, f, together), false),
                new Candidate("e-divisive + filter, events, persistence",
                        new Detector(new EDivisive(199, 0.01, 2), t, f, together), false),
                new Candidate("step-fit raw", new Detector(Methods.standard(), t, raw), false),
                new Candidate(FIRST, new Detector(Methods.standard(), t, first), false),
                new Candidate(STANDARD, Detector.standard(), false));
    }

    /** Synthetic trial results of one detector: shares of trials found. */
    public record SyntheticScore(double stepFoundRate, double driftFoundRate) {
    }

    /**
     * A 1.3x step in 5% noise at a point between 60 and 140 of 200 (found: flagged at the step or
     * one point after), and a 1% per-commit drift over 30 commits in 2% noise (found: a flagged
     * regression within the drift or 2 points after), {@code trials} seeded trials each.
     */
    public static SyntheticScore synthetic(Detector d, int trials) {
        int found = 0;
        int drift = 0;
        for (int s = 0; s < trials; s++) {
            int at = 60 + s % 80;
            for (ChangePoint cp : d.detect(Synthetic.step(s, 200, at, 1.3, 0.05))) {
                if (cp.flagged() && (cp.index() == at || cp.index() == at + 1)) {
                    found++;
                    break;
                }
            }
            for (ChangePoint cp : d.detect(Synthetic.drift(2000 + s, 130, 50, 30, 0.01, 0.02))) {
                if (cp.flagged() && cp.index() >= 50 && cp.index() <= 82 && cp.direction() == Direction.REGRESSION) {
                    drift++;
                    break;
                }
            }
        }
        return new SyntheticScore(found / (double) trials, drift / (double) trials);
    }
}
