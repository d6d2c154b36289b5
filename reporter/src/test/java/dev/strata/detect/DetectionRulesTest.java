package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules beyond the step fit: the points' own spread, persistence, excursions, sway, and environment events. */
class DetectionRulesTest {

    private final Detector detector = Detector.standard();

    /** A series of {@code n} points with the given levels in 1% noise, each point published with {@code spread}. */
    private static Series series(String process, String host, long seed, int n, double spread, IntToDoubleFunction level) {
        Series s = Synthetic.series(seed, n, 0.01, level);
        List<Point> points = new ArrayList<>();
        for (Point p : s.points()) {
            points.add(new Point(p.sha(), p.commitTime(), p.median(), p.min(), p.max(), p.n(), null, List.of(), spread));
        }
        return new Series(new SeriesKey(process, s.metric().name(), host), s.metric(), points);
    }

    @Test
    void aStepSmallerThanThePointsOwnSpreadIsNoRegression() {
        IntToDoubleFunction step = i -> i < 100 ? 100 : 108;
        assertThat(detector.detect(series("p", "h", 1, 200, Double.NaN, step))).as("nothing published")
                .extracting(ChangePoint::index).containsExactly(100);
        assertThat(detector.detect(series("p", "h", 1, 200, 0.03, step))).as("8% in points of 3%").hasSize(1);
        assertThat(detector.detect(series("p", "h", 1, 200, 0.10, step))).as("8% in points of ±10%").isEmpty();
    }

    @Test
    void aSpikeIsNoLevelShiftAndTheNewestFewPointsAreOnlyPossible() {
        int holds = Methods.standardFilter().persistence();
        Series spike = series("p", "h", 2, 200, Double.NaN, i -> i >= 100 && i < 100 + holds - 2 ? 150 : 100);
        assertThat(detector.detect(spike)).as("up for %d points, then back", holds - 2).isEmpty();

        Series held = series("p", "h", 2, 200, Double.NaN, i -> i >= 100 && i < 100 + holds + 20 ? 150 : 100);
        assertThat(detector.detect(held)).extracting(ChangePoint::index, ChangePoint::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100, "flagged"),
                        org.assertj.core.groups.Tuple.tuple(100 + holds + 20, "flagged"));

        Series newest = series("p", "h", 3, 200, Double.NaN, i -> i < 194 ? 100 : 150);
        assertThat(detector.detect(newest)).singleElement().satisfies(cp -> {
            assertThat(cp.index()).isEqualTo(194);
            assertThat(cp.possible()).as("6 points after the step").isTrue();
            assertThat(cp.flagged()).isFalse();
        });
    }

    @Test
    void aShortLevelThatReturnsIsAnExcursionButAStaircaseIsTwoChanges() {
        int within = Methods.standardFilter().excursion();
        Series excursion = series("p", "h", 4, 300, Double.NaN, i -> i >= 100 && i < 100 + within - 8 ? 150 : 100);
        assertThat(detector.detect(excursion)).as("up for %d points, then back where it was", within - 8).isEmpty();

        Series staircase = series("p", "h", 4, 300, Double.NaN, i -> i < 100 ? 100 : i < 100 + within - 8 ? 150 : 220);
        assertThat(detector.detect(staircase)).extracting(ChangePoint::index, ChangePoint::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100, "flagged"),
                        org.assertj.core.groups.Tuple.tuple(100 + within - 8, "flagged"));

        Series back = series("p", "h", 4, 300, Double.NaN, i -> i >= 100 && i < 100 + within + 10 ? 150 : 100);
        assertThat(detector.detect(back)).as("a level of %d points that returns: a regression and its fix", within + 10)
                .extracting(ChangePoint::index).containsExactly(100, 100 + within + 10);
    }

    @Test
    void aSeriesWhoseLevelSwaysNeedsABiggerStep() {
        // every 30 points the level moves by a few percent on its own, as a host that changes between runs does
        java.util.Random r = new java.util.Random(7);
        double[] block = new double[20];
        for (int b = 0; b < block.length; b++) {
            block[b] = Math.exp(0.03 * r.nextGaussian());
        }
        IntToDoubleFunction step = i -> i < 300 ? 100 : 112;
        Series steady = series("p", "h", 5, 600, Double.NaN, step);
        Series swaying = series("p", "h", 5, 600, Double.NaN, i -> step.applyAsDouble(i) * block[i / 30]);
        assertThat(detector.detect(steady)).as("12% in a steady series").extracting(ChangePoint::index)
                .containsExactly(300);
        assertThat(Robust.sway(Robust.logs(swaying.medians()))).isGreaterThan(0.03);
        assertThat(detector.detect(swaying)).as("12% where 30-point levels sway by about 4%").isEmpty();
        Series big = series("p", "h", 5, 600, Double.NaN, i -> (i < 300 ? 100 : 160) * block[i / 30]);
        assertThat(detector.detect(big)).as("60% where they sway by about 4%").extracting(ChangePoint::index)
                .containsExactly(300);
    }

    @Test
    void manySeriesOfOneHostSteppingAtOneCommitAreOneEventAndEachStaysASeries() {
        // 8 points after the step: too few to flag a series alone, but 5 of 8 series of ci-1 at one commit
        List<Series> all = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double factor = k < 5 ? (k % 2 == 0 ? 1.2 : 0.8) : 1;
            Series s = Synthetic.series(100 + k, 200, 0.02, i -> i < 192 ? 100 : 100 * factor);
            all.add(new Series(new SeriesKey("proc-" + k, s.metric().name(), "ci-1"), s.metric(), s.points()));
        }
        Series otherHost = Synthetic.series(200, 200, 0.02, i -> i < 192 ? 100 : 120);
        all.add(new Series(new SeriesKey("proc-0", otherHost.metric().name(), "ci-2"), otherHost.metric(),
                otherHost.points()));

        assertThat(all.subList(0, 5)).allSatisfy(s -> assertThat(detector.detect(s)).as("alone")
                .allSatisfy(cp -> assertThat(cp.possible()).isTrue()));
        Detection d = detector.detectAll(all);
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.hostId()).isEqualTo("ci-1");
            assertThat(e.members()).extracting(c -> c.key().process())
                    .containsExactly("proc-0", "proc-1", "proc-2", "proc-3", "proc-4");
            assertThat(e.ofSeries()).isEqualTo(8);
            assertThat(e.members()).allSatisfy(c -> {
                assertThat(c.index()).isEqualTo(192);
                assertThat(c.flagged()).isTrue();
            });
            assertThat(e.regressions()).isEqualTo(3);
        });
        assertThat(d.alerts()).as("one event; ci-2's lone step is only possible").isEqualTo(1);
        assertThat(d.changePoints()).as("every member is a change point of its series, and ci-2's possible one")
                .hasSize(6);
        assertThat(d.alone()).singleElement().satisfies(cp -> assertThat(cp.possible()).isTrue());
    }

    @Test
    void oneProcesssMetricsSteppingTogetherAreNoEnvironmentEvent() {
        List<Series> all = new ArrayList<>();
        for (String metric : List.of("wallSeconds", "userSeconds", "sysSeconds")) {
            Series s = Synthetic.series(metric.hashCode(), 200, 0.02, i -> i < 120 ? 100 : 140);
            all.add(new Series(new SeriesKey("ingest", metric, "ci-1"), s.metric(), s.points()));
        }
        Detection d = detector.detectAll(all);
        assertThat(d.events()).isEmpty();
        assertThat(d.alerts()).isEqualTo(3);
    }
}
