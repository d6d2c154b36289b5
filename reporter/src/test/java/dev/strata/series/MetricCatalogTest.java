package dev.strata.series;

import dev.strata.record.Better;
import dev.strata.record.Metrics;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricCatalogTest {

    private static final Metrics SAMPLE = new Metrics(1.5, 1.25, 0.25, 99.5, 1000L, 2000L, 3L, 4L, 5L, 6L, 7L, 8L,
            9L, 10L, Metrics.GNU_TIME);

    @Test
    void everyNumericFieldOfTheRecordIsCataloguedOnceAndReadFromItsOwnField() throws Exception {
        List<String> numeric = Arrays.stream(Metrics.class.getRecordComponents())
                .filter(c -> Number.class.isAssignableFrom(c.getType())).map(RecordComponent::getName).toList();
        assertThat(MetricCatalog.inRecordOrder()).extracting(MetricCatalog.Builtin::name).containsExactlyElementsOf(numeric);
        assertThat(MetricCatalog.all()).extracting(MetricCatalog.Builtin::name).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(numeric);
        for (MetricCatalog.Builtin b : MetricCatalog.all()) {
            Object field = Metrics.class.getMethod(b.name()).invoke(SAMPLE);
            assertThat(b.value(SAMPLE)).as(b.name()).isEqualTo(field);
            assertThat(b.value(null)).isNull();
        }
    }

    @Test
    void pagesShowTimeAndMemoryBeforeTheCpuShareAndTheCounts() {
        assertThat(MetricCatalog.all()).extracting(MetricCatalog.Builtin::name).startsWith("wallSeconds",
                "userSeconds", "sysSeconds", "maxRssBytes", "treePeakRssBytes", "cpuPercent");
        assertThat(MetricInfo.builtIns()).extracting(MetricInfo::key)
                .containsExactlyElementsOf(MetricCatalog.all().stream().map(MetricCatalog.Builtin::name).toList());
    }

    @Test
    void theCpuShareIsShownButNotTracked() {
        assertThat(MetricCatalog.tracked()).extracting(MetricCatalog.Builtin::name).doesNotContain("cpuPercent")
                .hasSize(MetricCatalog.all().size() - 1);
        assertThat(MetricCatalog.isBuiltIn("cpuPercent")).isTrue();
        assertThat(MetricCatalog.isTracked("cpuPercent")).isFalse();
        assertThat(MetricCatalog.isTracked("cells_per_second")).isFalse();
    }

    @Test
    void aNeutralMetricIsComparedAsLowerIsBetterButPagesJudgeNoChangeOfIt() {
        MetricCatalog.Builtin ctx = MetricCatalog.byName("voluntaryContextSwitches").orElseThrow();
        assertThat(ctx.better()).isNull();
        assertThat(ctx.direction()).isEqualTo(Better.LOWER);
        assertThat(ctx.def().better()).isEqualTo(Better.LOWER);
        assertThat(ctx.info().worseSign()).isZero();
        assertThat(MetricInfo.builtIn("wallSeconds").worseSign()).isEqualTo(1);
    }

    @Test
    void theHeadlineIsOneTimeAndOneMemoryMetricThatDetectionTracks() {
        assertThat(MetricCatalog.HEADLINE).extracting(n -> MetricCatalog.byName(n).orElseThrow().metricClass())
                .containsExactly(MetricClass.TIME, MetricClass.MEMORY);
        assertThat(MetricCatalog.HEADLINE).allMatch(MetricCatalog::isTracked);
    }

    @Test
    void onlyCpuSecondsHaveAMeasurementStep() {
        assertThat(MetricCatalog.resolution(MetricCatalog.byName("userSeconds").orElseThrow().def())).isEqualTo(0.01);
        assertThat(MetricCatalog.resolution(MetricCatalog.byName("wallSeconds").orElseThrow().def())).isZero();
        // a workload's own metric that happens to share the name keeps no step
        assertThat(MetricCatalog.resolution(new MetricDef("userSeconds", "ms", Better.LOWER, MetricClass.TIME))).isZero();
    }

    @Test
    void exportWritesUnitsAsWordsAndPagesAsSymbols() {
        MetricCatalog.Builtin wall = MetricCatalog.byName("wallSeconds").orElseThrow();
        assertThat(wall.unit()).isEqualTo("s");
        assertThat(wall.unitWord()).isEqualTo("seconds");
        assertThat(MetricCatalog.byName("maxRssBytes").orElseThrow().metricClass()).isEqualTo(MetricClass.MEMORY);
        assertThat(MetricCatalog.byName("nope")).isEmpty();
    }
}
