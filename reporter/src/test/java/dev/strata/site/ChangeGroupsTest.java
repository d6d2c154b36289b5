package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.detect.Detection;
import dev.strata.detect.Direction;
import dev.strata.series.RunSummary;
import dev.strata.testing.SampleRuns;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Change points of one commit range are one group; only a flagged regression that is a series' newest change is open. */
class ChangeGroupsTest {

    @Test
    void oneCommitRangeIsOneGroupNewestFirstAndOnlyFlaggedRegressionsAreOpen() {
        List<RunSummary> runs = SampleSite.summaries(SampleRuns.standard());
        RunSummary good = runs.stream().filter(r -> r.process().equals("ingest-r")).min(SiteModel.NEWEST_FIRST)
                .orElseThrow();
        List<RunSummary> ingest = runs.stream().filter(r -> r.process().equals("ingest-py")).sorted(SiteModel.NEWEST_FIRST).toList();
        RunSummary before = ingest.get(ingest.size() / 2 + 1), after = ingest.get(ingest.size() / 2);
        List<ChangePoint> cps = List.of(
                SiteHarness.change("ingest-py", "wallSeconds", before.hostId(), before, after, Direction.REGRESSION, 1.3, 0.99, false),
                SiteHarness.change("ingest-py", "maxRssBytes", before.hostId(), before, after, Direction.IMPROVEMENT, 0.8, 0.99, false),
                SiteHarness.change("ingest-r", "wallSeconds", null, good, good, Direction.REGRESSION, 1.2, 0.9, true));
        SiteModel m = new SiteModel(runs, new Detection(cps, List.of()), new SiteOptions("t", null, false, 6), List.of());

        List<ChangeGroups.Group> groups = ChangeGroups.of(m, cps);
        assertThat(groups).hasSize(2);
        ChangeGroups.Group together = groups.stream().filter(g -> g.members().size() == 2).findFirst().orElseThrow();
        assertThat(together.range()).isEqualTo(before.shortSha() + ".." + after.shortSha());
        assertThat(groups).isSortedAccordingTo((a, b) -> Long.compare(b.commitMillis(), a.commitMillis()));
        assertThat(ChangeGroups.open(m)).as("the possible step is shown, not raised").extracting(Changes::metric)
                .containsExactly("wallSeconds");
        assertThat(RegressionsPage.view(m, true).groups()).filteredOn(g -> g.rows().size() == 2).singleElement()
                .satisfies(g -> assertThat(g.summary()).startsWith("2 series changed together: ▲ 1 regression, ▼ 1 improvement"));
    }
}
