package dev.strata.check;

import dev.strata.record.RunRecord;
import dev.strata.series.RunSummary;
import dev.strata.series.TestRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * A baseline commit and a current commit with five repetitions each: ingest got 20% slower,
 * query got 30% leaner in memory, export is unchanged, and "tiny" ran once on each side.
 */
final class CheckFixture {

    static final double[] JITTER = {1.00, 1.01, 0.99, 1.02, 0.98};

    private CheckFixture() {
    }

    static List<RunSummary> runs(int commit, double ingestSeconds, long queryRssBytes, double cells) {
        List<RunSummary> out = new ArrayList<>();
        for (int i = 0; i < JITTER.length; i++) {
            double j = JITTER[i];
            out.add(TestRuns.loaded(TestRuns.withCells(TestRuns.run("ingest", commit, ingestSeconds * j,
                    (long) (512e6 * (2 - j))), cells / j), "i" + commit + i));
            out.add(TestRuns.loaded(TestRuns.run("query", commit, 2.5 * j, (long) (queryRssBytes * j)),
                    "q" + commit + i));
            out.add(TestRuns.loaded(TestRuns.run("export", commit, 0.0042 * j * (commit == 1 ? 1 : 1.005),
                    (long) (64e6 * j)), "e" + commit + i));
        }
        RunRecord.Builder tiny = TestRuns.run("tiny", commit, commit == 1 ? 1.0 : 1.5, 10_000_000);
        tiny.tag = commit == 1 ? "v1.14" : null;
        out.add(TestRuns.loaded(tiny, "t" + commit));
        return out;
    }

    static CheckReport report() {
        List<RunSummary> base = runs(1, 10.0, 2_000_000_000L, 5e5);
        List<RunSummary> cur = runs(2, 12.0, 1_400_000_000L, 4e5);
        Comparer c = new Comparer(dev.strata.detect.Thresholds.defaults(), 0.05, List.of());
        return new CheckReport("HEAD (0000000000)", "v1.14 (0000000000)", 0.05, c.compare(cur, base));
    }
}
