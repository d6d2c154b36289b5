package dev.strata.check;

import dev.strata.record.HostInfo;
import dev.strata.record.RunRecord;
import dev.strata.series.RunSummary;
import dev.strata.testing.Records;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which earlier run an escalation's profile is diffed against. */
class EarlierProfileTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static RunSummary run(String name, String sha, int minutes, String host, boolean profiled) {
        RunRecord r = Records.full("ingest", sha, T.plusSeconds(60L * minutes), 10);
        RunRecord.Builder b = r.toBuilder();
        HostInfo h = r.host();
        b.host = new HostInfo(host, h.hostname(), h.os(), h.kernel(), h.arch(), h.cpuModel(), h.physicalCores(),
                h.logicalCores(), h.memoryBytes(), h.ci(), h.loadAverage1m());
        if (!profiled) {
            b.profiles = null;
        }
        return dev.strata.series.TestRuns.loaded(b, name);
    }

    @Test
    void theNewestProfiledRunOfAnotherCommitOnTheSameHost() {
        List<RunSummary> runs = List.of(
                run("a-old", "aaaaaaaaaa", 1, "h1", true),
                run("a-new", "aaaaaaaaaa", 2, "h1", true),
                run("a-other-host", "aaaaaaaaaa", 3, "h2", true),
                run("a-unprofiled", "aaaaaaaaaa", 4, "h1", false),
                run("b-same-commit", "bbbbbbbbbb", 5, "h1", true));
        assertThat(EarlierProfile.nearest(runs, "ingest", "py-spy", T.plusSeconds(600), "h1", "bbbbbbbbbb"))
                .get().extracting(RunSummary::folder).isEqualTo("a-new");
        // another host only when this one has none
        assertThat(EarlierProfile.nearest(runs.subList(2, 5), "ingest", "py-spy", T.plusSeconds(600), "h1", "bbbbbbbbbb"))
                .get().extracting(RunSummary::folder).isEqualTo("a-other-host");
        // the same commit only when no other commit has a profile
        assertThat(EarlierProfile.nearest(runs.subList(3, 5), "ingest", "py-spy", T.plusSeconds(600), "h1", "bbbbbbbbbb"))
                .get().extracting(RunSummary::folder).isEqualTo("b-same-commit");
        // nothing started before the re-run, or no profile from that profiler: none
        assertThat(EarlierProfile.nearest(runs, "ingest", "py-spy", T, "h1", "bbbbbbbbbb")).isEmpty();
        assertThat(EarlierProfile.nearest(runs, "ingest", "perf", T.plusSeconds(600), "h1", "bbbbbbbbbb")).isEmpty();
    }
}
