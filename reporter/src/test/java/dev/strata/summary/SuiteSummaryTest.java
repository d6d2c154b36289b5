package dev.strata.summary;

import dev.strata.testing.Golden;
import dev.strata.record.Metrics;
import dev.strata.record.Repetition;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SuiteSummaryTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    private static RunRecord run(String process, Map<String, Object> params, boolean warmup, RunStatus status,
                                 double wall, long rss) {
        RunRecord.Builder b = RunRecord.builder();
        b.process = process;
        b.params = params;
        b.status = status;
        b.repetition = new Repetition("b", 1, 1, warmup);
        b.metrics = new Metrics(wall, wall * 0.9, wall * 0.05, null, rss, null, null, null, null, null, null, null, null, null, "gnu-time");
        return b.build();
    }

    private static List<RunRecord> sweep() {
        List<RunRecord> runs = new ArrayList<>();
        double[][] walls = {{0.0101, 0.0099, 0.0100, 0.0102}, {0.041, 0.039, 0.040, 0.040}, {0.158, 0.162, 0.160, 0.161}};
        long[] sizes = {1000, 2000, 4000};
        for (int s = 0; s < 3; s++) {
            Map<String, Object> p = Map.of("size", sizes[s]);
            runs.add(run("square", p, true, RunStatus.OK, walls[s][0] * 3, 1 << 20));
            for (double w : walls[s]) {
                runs.add(run("square", p, false, RunStatus.OK, w, sizes[s] * 1000));
            }
        }
        runs.add(run("noisy", Map.of(), false, RunStatus.OK, 1.0, 5 << 20));
        runs.add(run("noisy", Map.of(), false, RunStatus.OK, 1.5, 5 << 20));
        runs.add(run("noisy", Map.of(), false, RunStatus.OK, 0.7, 5 << 20));
        runs.add(run("noisy", Map.of(), false, RunStatus.FAILED, 0.1, 5 << 20));
        return runs;
    }

    @Test
    void summarisesTimedRunsPerPointLeavingWarmupsAndFailuresOut() {
        SuiteSummary s = SuiteSummary.of(sweep());
        assertThat(s.rows()).hasSize(4);
        SuiteSummary.Row first = s.rows().get(0);
        assertThat(first.runs()).isEqualTo(4);
        assertThat(first.warmups()).isEqualTo(1);
        assertThat(first.wallSeconds().median()).isCloseTo(0.01005, within(1e-9));
        assertThat(first.wallSeconds().max()).isEqualTo(0.0102);
        SuiteSummary.Row noisy = s.rows().get(3);
        assertThat(noisy.runs()).isEqualTo(3);
        assertThat(noisy.failed()).isEqualTo(1);
        assertThat(noisy.cv()).isGreaterThan(SuiteSummary.HIGH_CV);
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("noisy: wall time varies a lot (CV 38%)"))
                .anyMatch(w -> w.equals("noisy: 1 of 4 runs failed"));
        SuiteSummary.Scaling wall = s.scaling().get(0);
        assertThat(wall.metric()).isEqualTo("wall");
        assertThat(wall.fit().exponent()).isCloseTo(2.0, within(0.05));
        assertThat(wall.fit().low()).isLessThan(2.0);
        assertThat(wall.fit().high()).isGreaterThan(2.0);
        assertThat(s.scaling().get(1).metric()).isEqualTo("cpu");
        assertThat(s.scaling().get(1).fit().exponent()).isCloseTo(2.0, within(0.05));
        assertThat(s.scaling().get(2).metric()).isEqualTo("peak memory");
        assertThat(s.scaling().get(2).fit().exponent()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void terminalTableAndMarkdownAreGolden() {
        SuiteSummary s = SuiteSummary.of(sweep());
        GOLDEN.check("suite-summary.txt", () -> SummaryText.TABLE.render(s));
        GOLDEN.check("suite-summary.md", () -> SummaryText.MARKDOWN.render(s));
    }

    @Property(tries = 200)
    void theIntervalCoversTheTrueExponentOfNoisyPowerLaws(@ForAll @DoubleRange(min = 0.3, max = 3) double k,
                                                          @ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Random rnd = new Random(seed);
            int n = 5 * 6;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 1000 * Math.pow(2, i % 5);
                y[i] = 0.001 * Math.pow(x[i], k) * Math.exp(0.02 * rnd.nextGaussian());
            }
            PowerFit f = PowerFit.of(x, y);
            assertThat(f.exponent()).isCloseTo(k, within(0.1));
            assertThat(f.high() - f.low()).isLessThan(0.2);
        });
    }

    @Test
    void studentQuantilesMatchPublishedTables() {
        assertThat(StudentT.quantile975(1)).isEqualTo(12.706);
        assertThat(StudentT.quantile975(40)).isCloseTo(2.021, within(0.001));
        assertThat(StudentT.quantile975(60)).isCloseTo(2.000, within(0.001));
        assertThat(StudentT.quantile975(120)).isCloseTo(1.980, within(0.001));
        assertThat(PowerFit.of(new double[]{1, 1, 1}, new double[]{1, 2, 3})).isNull();
    }
}
