package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Series;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default detector on excerpts of real published histories (test resources {@code histories/}):
 * the labelled steps of hyper are found at their commit, and the noisy series stay nearly quiet.
 * The full comparison on the whole histories is {@code bench/run DetectionComparison}.
 */
class RealExcerptsTest {

    private final Detector detector = Detector.standard();

    @Test
    void findsTheLabelledStepsOfHyperAtTheirCommit() throws Exception {
        List<Series> hyper = Histories.excerpt("hyper.csv");
        List<Histories.Label> labels = Histories.excerptLabels();
        assertThat(labels).hasSize(4);
        Detection all = detector.detectAll(hyper);
        for (Histories.Label l : labels) {
            Series s = hyper.stream().filter(x -> x.key().process().equals(l.series())).findFirst().orElseThrow();
            int at = indexOf(s, l.commit());
            List<ChangePoint> found = all.changePoints().stream().filter(c -> c.key().equals(s.key()))
                    .filter(ChangePoint::flagged).toList();
            System.out.printf("%s: label at %d, flags at %s%n", l.series(), at,
                    found.stream().map(ChangePoint::index).toList());
            assertThat(found).as("%s stepped at %s (%s)", l.series(), l.commit(), l.kind())
                    .anySatisfy(cp -> {
                        assertThat(cp.index()).isBetween(at, at + Evaluation.TOLERANCE);
                        assertThat(cp.direction().name().toLowerCase(java.util.Locale.ROOT)).isEqualTo(l.kind());
                    });
        }
    }

    @Test
    void theRunnerChangeAtHypersV0143IsOneEnvironmentEvent() throws Exception {
        Detection all = detector.detectAll(Histories.excerpt("hyper.csv"));
        assertThat(all.events()).singleElement().satisfies(e -> {
            assertThat(e.sha()).isEqualTo("48d4594930da4e227039cfa254411b85c98b63c5");
            assertThat(e.members()).extracting(c -> c.key().process()).contains("end_to_end/http1_get",
                    "end_to_end/http2_get", "end_to_end/http2_post");
            assertThat(e.regressions()).isEqualTo(e.members().size());
        });
    }

    @Test
    void noisySeriesRaiseFewFlags() throws Exception {
        int points = 0;
        int flags = 0;
        for (String file : List.of("django-asv.csv", "safetensors.csv")) {
            for (Series s : Histories.excerpt(file)) {
                points += s.size();
                flags += (int) detector.detect(s).stream().filter(ChangePoint::flagged).count();
            }
        }
        System.out.printf("django-asv and safetensors excerpts: %d flags on %d points%n", flags, points);
        assertThat(points).isGreaterThan(400);
        assertThat(1000.0 * flags / points).as("flags per 1,000 points").isLessThan(10);
    }

    private static int indexOf(Series s, String commit) {
        List<Point> ps = s.points();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).sha().equals(commit)) {
                return i;
            }
        }
        throw new IllegalStateException("labelled commit " + commit + " is not in " + s.key());
    }
}
