package dev.strata.series;

import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.Repetition;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;

import java.time.Instant;
import java.util.Map;

/** Run records for tests, made with the record builder. */
public final class TestRuns {

    private TestRuns() {
    }

    public static String sha(int i) {
        return String.format("%02x", i).repeat(20);
    }

    public static RunRecord.Builder run(String process, int commit, double wallSeconds, long maxRssBytes) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = String.format("01JD%022d", commit * 100 + (int) (wallSeconds * 7) % 100);
        b.process = process;
        b.startedAt = Instant.parse("2026-06-01T00:00:00Z").plusSeconds(3600L * commit);
        b.endedAt = b.startedAt.plusMillis((long) (wallSeconds * 1000));
        b.status = RunStatus.OK;
        b.exitCode = 0;
        b.git = new GitInfo(sha(commit), sha(commit).substring(0, 7), "main", null, false,
                Instant.parse("2026-05-01T00:00:00Z").plusSeconds(86400L * commit), "https://example.org/code.git");
        b.host = new HostInfo("ci-linux-x64", "runner-1", "Linux", "6.1", "x86_64", "cpu", 2, 2, 8L << 30, null, 0.1);
        b.metrics = new Metrics(wallSeconds, wallSeconds * 0.9, wallSeconds * 0.05, 95.0, maxRssBytes, maxRssBytes,
                0L, 1000L, 10L, 5L, 0L, 8L, null, null, Metrics.GNU_TIME);
        return b;
    }

    public static RunRecord.Builder withCells(RunRecord.Builder b, double cellsPerSecond) {
        b.customMetrics = Map.of("cells_per_second", new CustomMetric(cellsPerSecond, "1/s", Better.HIGHER));
        return b;
    }

    public static RunRecord.Builder warmup(RunRecord.Builder b) {
        b.repetition = new Repetition("batch-1", 0, 4, true);
        return b;
    }

    public static RunRecord.Builder failed(RunRecord.Builder b) {
        b.status = RunStatus.FAILED;
        b.exitCode = 1;
        return b;
    }

    /** A run as the store reader gives it: its run.json streamed into a summary. */
    public static RunSummary loaded(RunRecord.Builder b, String folder) {
        RunRecord r = b.build();
        return SummaryParser.parse(dev.strata.record.RunJson.write(r), folder, "tree-" + folder,
                r.process() + "/" + folder + "/run.json");
    }
}
