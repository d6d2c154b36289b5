package dev.strata.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.CustomMetric;
import dev.strata.record.Better;
import dev.strata.record.Environment;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.ProcessNode;
import dev.strata.record.Profile;
import dev.strata.record.Repetition;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Timeline;
import dev.strata.record.Ulid;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic records for tests of the parts that read them. */
public final class Records {

    private Records() {
    }

    /** A fully populated record: every section of the schema has content. */
    public static RunRecord full(String process, String sha, Instant startedAt, double wallSeconds) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = Ulid.next(startedAt, new java.util.Random(sha.hashCode() * 31L + process.hashCode()));
        b.process = process;
        b.suite = "nightly";
        b.tag = "v1.15.0";
        b.description = "ingest of pbmc3k";
        b.language = "python";
        b.task = "ingest";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cells", 2700L);
        params.put("density", 0.05);
        params.put("format", "h5ad");
        b.params = params;
        b.command = List.of("python3", "ingest.py", "pbmc3k.h5ad");
        b.cwd = "/home/ci/work";
        b.startedAt = startedAt;
        b.endedAt = startedAt.plusMillis((long) (wallSeconds * 1000));
        b.exitCode = 0;
        b.status = RunStatus.OK;
        b.repetition = new Repetition("batch-1", 0, 5, false);
        b.git = new GitInfo(sha, sha.substring(0, 7), "main", "v1.15.0-3-g" + sha.substring(0, 7), false,
                startedAt.minusSeconds(3600), "https://github.com/example/lib.git");
        b.host = new HostInfo("ci-linux-x64", "runner-12", "Debian GNU/Linux 12 (bookworm)", "6.1.0", "amd64",
                "AMD EPYC 7763", 1, 2, 8L << 30, new HostInfo.CiInfo("github-actions", "42", "bench",
                "https://github.com/example/lib/actions/runs/42"), 0.3);
        b.metrics = new Metrics(wallSeconds, wallSeconds * 0.9, 0.1, 95.0, 300L << 20, 420L << 20, 0L, 12000L, 40L,
                12L, 0L, 800L, 1L << 20, 5L << 20, Metrics.GNU_TIME);
        b.customMetrics = Map.of("cells_per_second", new CustomMetric(2700 / wallSeconds, "1/s", Better.HIGHER));
        b.processTree = List.of(new ProcessNode(100, 99L, "python3 ingest.py", 0.0, wallSeconds, wallSeconds * 0.8,
                300L << 20, 1L << 20, 5L << 20));
        b.timeline = new Timeline(100L, List.of(new Timeline.Point(0.0, 10L << 20, 50.0, 1),
                new Timeline.Point(0.1, 300L << 20, 99.0, 1)));
        b.environment = new Environment(Map.of("python", "3.11.7"), Map.of("tiledbsoma", "1.15.0"),
                Map.of("OMP_NUM_THREADS", "2"));
        ObjectNode ud = JsonNodeFactory.instance.objectNode();
        ud.put("dataset", "pbmc3k");
        b.userData = ud;
        b.profiles = List.of(new Profile("py-spy", "cpu", "folded", "profiles/py-spy.folded",
                "flamegraphs/py-spy.svg", 100L, 250L, null));
        b.warnings = List.of("load average 1.3 at start");
        return b.build();
    }

    /** A minimal record as a plain `strata run` of a workload without Git makes it. */
    public static RunRecord minimal(String process, Instant startedAt, double wallSeconds, long maxRssBytes) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = "01J00000000000000000000000";
        b.process = process;
        b.command = List.of("true");
        b.startedAt = startedAt;
        b.endedAt = startedAt.plusMillis((long) (wallSeconds * 1000));
        b.exitCode = 0;
        b.status = RunStatus.OK;
        b.metrics = new Metrics(wallSeconds, null, null, null, maxRssBytes, null, null, null, null, null, null,
                null, null, null, Metrics.GNU_TIME);
        return b.build();
    }
}
