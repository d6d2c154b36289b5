package dev.strata.series;

import dev.strata.record.Better;
import dev.strata.record.GitInfo;
import dev.strata.record.RunRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.strata.series.TestRuns.loaded;
import static dev.strata.series.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

class SeriesBuilderTest {

    @Test
    void repetitionsOfOneCommitAreOnePointAndWarmupsAndFailuresAreLeftOut() {
        List<RunSummary> runs = new ArrayList<>();
        runs.add(loaded(run("ingest", 1, 10.0, 100), "a"));
        runs.add(loaded(run("ingest", 1, 12.0, 100), "b"));
        runs.add(loaded(run("ingest", 1, 11.0, 100), "c"));
        runs.add(loaded(TestRuns.warmup(run("ingest", 1, 50.0, 100)), "w"));
        runs.add(loaded(TestRuns.failed(run("ingest", 1, 0.5, 100)), "f"));
        runs.add(loaded(run("ingest", 2, 20.0, 100), "d"));

        Series wall = find(SeriesBuilder.build(runs), "ingest", "wallSeconds");

        assertThat(wall.points()).hasSize(2);
        Point p = wall.points().get(0);
        assertThat(p.median()).isEqualTo(11.0);
        assertThat(p.min()).isEqualTo(10.0);
        assertThat(p.max()).isEqualTo(12.0);
        assertThat(p.n()).isEqualTo(3);
        assertThat(p.runPaths()).containsExactly("ingest/a", "ingest/b", "ingest/c");
        assertThat(wall.metric().better()).isEqualTo(Better.LOWER);
    }

    @Test
    void aPointCarriesItsOwnUncertaintyFromItsRepetitionsOrThePublishedRange() {
        List<RunSummary> runs = new ArrayList<>();
        runs.add(loaded(run("ingest", 1, 9.5, 100), "a"));
        runs.add(loaded(run("ingest", 1, 10.5, 100), "b"));
        runs.add(loaded(run("ingest", 2, 10.0, 100), "c"));
        var imported = TestRuns.withCells(run("bench", 1, 1.0, 100), 5e5);
        imported.userData = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        imported.userData.putObject("imported").put("range", "stddev: 2e-7");
        runs.add(loaded(imported, "d"));
        List<Series> all = SeriesBuilder.build(runs);

        Series wall = find(all, "ingest", "wallSeconds");
        assertThat(wall.points().get(0).spread()).as("two repetitions").isCloseTo(0.0707, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(wall.points().get(1).spread()).as("one run, nothing published").isNaN();
        // a rate's stddev is of the time per operation: 2e-7 s of 2e-6 s
        assertThat(find(all, "bench", "cells_per_second").points().get(0).spread())
                .isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(find(all, "bench", "wallSeconds").points().get(0).spread())
                .as("the published range is of the imported value, not of built-in metrics").isNaN();
    }

    @Test
    void runsAtSeveralSizesAreRepetitionsOnlyOfTheirOwnSize() {
        // one commit, ingest at 1,000 and 4,000 cells: the point's uncertainty is how each size's runs
        // differ from each other (1%), not how the sizes differ (a factor of 4)
        List<RunSummary> runs = new ArrayList<>();
        String[] names = {"a", "b", "c", "d"};
        double[] walls = {1.0, 1.0202, 4.0, 4.0808};
        for (int i = 0; i < 4; i++) {
            RunRecord.Builder b = run("ingest", 1, walls[i], 100);
            b.params = java.util.Map.of("cells", i < 2 ? 1000L : 4000L);
            runs.add(loaded(b, names[i]));
        }
        Point p = find(SeriesBuilder.build(runs), "ingest", "wallSeconds").points().get(0);
        assertThat(p.n()).isEqualTo(4);
        assertThat(p.spread()).isCloseTo(0.0141, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void pointsFollowTheCommitTimeOfTheCodeNotWhenTheyRan() {
        var late = run("ingest", 1, 10.0, 100);
        var early = run("ingest", 2, 20.0, 100);
        // commit 2 is older than commit 1 but measured later
        early.git = new GitInfo(TestRuns.sha(2), "x", "main", null, false, Instant.parse("2026-01-01T00:00:00Z"), null);
        var noGit = run("ingest", 3, 30.0, 100);
        noGit.git = null;
        Series wall = find(SeriesBuilder.build(List.of(loaded(late, "a"), loaded(early, "b"), loaded(noGit, "c"))),
                "ingest", "wallSeconds");
        assertThat(wall.points()).extracting(Point::median).containsExactly(20.0, 10.0, 30.0);
    }

    @Test
    void customMetricsKeepTheirOwnDirectionAndHostsSplitSeries() {
        var a = TestRuns.withCells(run("ingest", 1, 10.0, 100), 5e5);
        var b = TestRuns.withCells(run("ingest", 2, 10.0, 100), 6e5);
        b.host = new dev.strata.record.HostInfo("mac-arm64", null, null, null, null, null, null, null, null, null, null);
        List<Series> all = SeriesBuilder.build(List.of(loaded(a, "a"), loaded(b, "b")));
        assertThat(all).filteredOn(s -> s.key().metric().equals("cells_per_second")).hasSize(2)
                .allSatisfy(s -> assertThat(s.metric().better()).isEqualTo(Better.HIGHER));
        assertThat(all).extracting(s -> s.key().metric()).contains("wallSeconds", "maxRssBytes", "minorPageFaults")
                .doesNotContain("cpuPercent");
    }

    private static Series find(List<Series> all, String process, String metric) {
        return all.stream().filter(s -> s.key().process().equals(process) && s.key().metric().equals(metric))
                .findFirst().orElseThrow();
    }
}
