package dev.strata.detect;


import java.util.List;
import java.util.Locale;

/** The detectors compared in docs/detection.md, and the synthetic trials they face. */
public final class Candidates {

    /** @param baseline whether it is one of the simple rules other tools use, as they use it */
    public record Candidate(String name, Detector detector, boolean baseline) {
    }

    public static final String STANDARD = "step-fit + filter";

    private Candidates() {
    }

    public static List<Candidate> all() {
        Thresholds t = Thresholds.defaults();
        Filter raw = Filter.NONE;
        Filter f = Methods.standardFilter();
        return List.of(
                new Candidate("ratio-to-previous 1.2x", new Detector(new RatioToPrevious(1.2), t, raw), true),
                new Candidate("ratio-to-previous 1.5x", new Detector(new RatioToPrevious(1.5), t, raw), true),
                new Candidate("ratio-to-previous 2x", new Detector(new RatioToPrevious(2.0), t, raw), true),
                new Candidate("z-score 30 pts, z>3", new Detector(new LookbackZScore(30, 3), t, raw), true),
                new Candidate("z-score 30 pts, z>5", new Detector(new LookbackZScore(30, 5), t, raw), true),
                new Candidate("z-score + filter", new Detector(new LookbackZScore(30, 3), t, f), false),
                new Candidate("e-divisive raw", new Detector(new EDivisive(199, 0.01, 2), t, raw), false),
                new Candidate("e-divisive + filter", new Detector(new EDivisive(199, 0.01, 2), t, f), false),
                new Candidate("step-fit raw", new Detector(Methods.standard(), t, raw), false),
                new Candidate(STANDARD, Detector.standard(), false));
    }

    /** Synthetic trial results of one detector. */
    public record SyntheticScore(double stepFoundRate, double noiseFalseAlarms, double driftFoundRate) {
    }

    public static SyntheticScore synthetic(Detector d, int trials) {
        int found = 0;
        int alarms = 0;
        int drift = 0;
        for (int s = 0; s < trials; s++) {
            for (ChangePoint cp : d.detect(Synthetic.step(s, 200, 100, 1.3, 0.05))) {
                if (cp.index() == 100 || cp.index() == 101) {
                    found++;
                    break;
                }
            }
            alarms += d.detect(Synthetic.series(1000 + s, 500, 0.05, i -> 100)).size();
            for (ChangePoint cp : d.detect(Synthetic.drift(2000 + s, 130, 50, 30, 0.01, 0.02))) {
                if (cp.index() >= 50 && cp.index() <= 82 && cp.direction() == Direction.REGRESSION) {
                    drift++;
                    break;
                }
            }
        }
        return new SyntheticScore(found / (double) trials, alarms / (double) trials, drift / (double) trials);
    }

    public static String syntheticTable() {
        StringBuilder b = new StringBuilder("| method | 1.3x step in 5% noise found (at or one after) | "
                + "false alarms per 500 points of 5% noise | 1%/commit drift over 30 commits found |\n"
                + "|---|---:|---:|---:|\n");
        for (Candidate c : all()) {
            SyntheticScore s = synthetic(c.detector(), 200);
            b.append(String.format(Locale.ROOT, "| %s | %.1f%% | %.2f | %.1f%% |%n",
                    c.name().equals(STANDARD) ? "**" + c.name() + "** (default)" : c.name(),
                    100 * s.stepFoundRate(), s.noiseFalseAlarms(), 100 * s.driftFoundRate()));
        }
        return b.toString();
    }

}
