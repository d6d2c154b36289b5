package dev.strata.detect;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default detector against the simple baselines on the real published histories
 * ({@code ../shared/data/histories/}, labels in labels-dev.csv), all computed here and printed.
 */
class DetectionComparisonTest {

    private static List<Evaluation.Score> scores;
    private static Evaluation.Score standard;

    @BeforeAll
    static void evaluate() throws Exception {
        Evaluation eval = new Evaluation();
        scores = new ArrayList<>();
        for (Candidates.Candidate c : Candidates.all()) {
            scores.add(eval.score(c.name(), c.detector()));
        }
        System.out.println(Evaluation.table(scores, Candidates.STANDARD));
        standard = scores.stream().filter(s -> s.name().equals(Candidates.STANDARD)).findFirst().orElseThrow();
    }

    @Test
    void theDefaultBeatsEverySimpleBaseline() {
        for (Candidates.Candidate c : Candidates.all()) {
            if (!c.baseline()) {
                continue;
            }
            Evaluation.Score s = scores.stream().filter(x -> x.name().equals(c.name())).findFirst().orElseThrow();
            assertThat(standard.f1()).as("F1 of the default vs %s", s.name()).isGreaterThan(s.f1());
            boolean findsMore = standard.recall() > s.recall();
            boolean quieter = standard.falseAlarmsPer1000() < s.falseAlarmsPer1000();
            assertThat(findsMore || quieter && standard.recall() >= s.recall())
                    .as("the default (recall %.2f, %.1f unmatched flags/1k) beats %s (recall %.2f, %.1f/1k)",
                            standard.recall(), standard.falseAlarmsPer1000(), s.name(), s.recall(),
                            s.falseAlarmsPer1000())
                    .isTrue();
        }
    }

    @Test
    void theDefaultsFiguresOnRealData() {
        assertThat(standard.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(standard.precision()).isGreaterThanOrEqualTo(0.4);
        assertThat(standard.falseAlarmsPer1000()).isLessThan(5);
        assertThat(standard.flagsPer1000ByFile().get("django-asv.csv.gz"))
                .as("the very noisy asv history stays quiet").isLessThan(5);
    }
}
