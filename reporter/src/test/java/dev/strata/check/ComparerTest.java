package dev.strata.check;

import dev.strata.detect.Thresholds;
import dev.strata.record.Better;
import dev.strata.series.RunSummary;
import dev.strata.series.MetricCatalog;
import dev.strata.series.MetricClass;
import dev.strata.series.MetricDef;
import dev.strata.series.TestRuns;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparerTest {

    private static final MetricDef WALL = new MetricDef("wallSeconds", "s", Better.LOWER, MetricClass.TIME);
    private static final MetricDef CELLS = new MetricDef("cells", "1/s", Better.HIGHER, MetricClass.OTHER);
    private final Comparer comparer = new Comparer(Thresholds.defaults(), 0.05, List.of());

    @Test
    void aSignificantChangeBelowTheThresholdPasses() {
        Comparison c = comparer.compare("p", WALL, new double[]{10, 10.01, 10.02, 10.03}, new double[]{10.3, 10.31, 10.32, 10.33}, null);
        assertThat(c.pWorse()).isLessThan(0.05);
        assertThat(c.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aBigChangeInNoiseIsInconclusiveNotARegression() {
        Comparison c = comparer.compare("p", WALL, new double[]{10, 14, 8, 12}, new double[]{13, 9, 15, 11}, null);
        assertThat(c.ratio()).isGreaterThan(1.05);
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.note()).isNull();
    }

    @Test
    void oneTickOfCpuTimeIsNotARegression() {
        // GNU time prints CPU seconds in hundredths: 80 ms against 90 ms is one tick, however steady
        MetricDef user = MetricCatalog.byName("userSeconds").orElseThrow().def();
        Comparison tick = comparer.compare("p", user, new double[]{0.08, 0.08, 0.08}, new double[]{0.09, 0.09, 0.09}, null);
        assertThat(tick.verdict()).isEqualTo(Verdict.PASS);
        assertThat(tick.note()).contains("within one step of the measurement");
        Comparison twoTicks = comparer.compare("p", user, new double[]{0.08, 0.08, 0.08}, new double[]{0.24, 0.25, 0.24}, null);
        assertThat(twoTicks.verdict()).isEqualTo(Verdict.REGRESSION);
        // the same figures in a custom metric of the workload's own have no such step
        MetricDef own = new MetricDef("userSeconds", "s", Better.LOWER, MetricClass.OTHER);
        assertThat(comparer.compare("p", own, new double[]{0.08, 0.08, 0.08}, new double[]{0.09, 0.09, 0.09}, null)
                .verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void directionFollowsTheMetric() {
        double[] lo = {100, 101, 99};
        double[] hi = {130, 131, 129};
        assertThat(comparer.compare("p", CELLS, hi, lo, null).verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(comparer.compare("p", CELLS, lo, hi, null).verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(comparer.compare("p", WALL, lo, hi, null).verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void baselinesFromOtherHostsAreUsedButSaidSo() {
        List<RunSummary> base = List.of(TestRuns.loaded(TestRuns.run("p", 1, 10, 100), "a"));
        var other = TestRuns.run("p", 2, 10, 100);
        other.host = new dev.strata.record.HostInfo("mac", null, null, null, null, null, null, null, null, null, null);
        List<Comparison> cs = comparer.compare(List.of(TestRuns.loaded(other, "b")), base);
        assertThat(cs).allSatisfy(c -> assertThat(c.note()).isEqualTo("baseline ran on other hosts"));
    }

    @Test
    void askingForAMetricNobodyHasIsADataError() {
        List<RunSummary> base = List.of(TestRuns.loaded(TestRuns.run("p", 1, 10, 100), "a"));
        List<RunSummary> cur = List.of(TestRuns.loaded(TestRuns.run("p", 2, 10, 100), "b"));
        assertThatThrownBy(() -> new Comparer(Thresholds.defaults(), 0.05, List.of("gpuSeconds")).compare(cur, base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric 'gpuSeconds'");
        List<RunSummary> otherProcess = List.of(TestRuns.loaded(TestRuns.run("q", 2, 10, 100), "c"));
        assertThatThrownBy(() -> comparer.compare(otherProcess, base)).hasMessageContaining("nothing to compare");
    }
}
