package dev.strata.record;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.testing.Records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records of every shape the collector writes, kept as {@code run.json} under the test resources. */
final class GoldenRecords {

    private GoldenRecords() {
    }

    static Map<String, RunRecord> all() {
        Instant t = Instant.parse("2026-11-27T10:15:30.123456789Z");
        Map<String, RunRecord> m = new LinkedHashMap<>();
        m.put("minimal", Records.minimal("quick", t, 0.005, 1019904));
        m.put("full", Records.full("ingest-py", "0123456789abcdef0123456789abcdef01234567", t, 12.5));
        m.put("killed", killed(t));
        m.put("suite-repetition", suite(t));
        m.put("free-shapes", freeShapes(t));
        m.put("numbers", numbers(t));
        return m;
    }

    /** Killed by a signal outside any Git work tree, sampled only: no time report, no git, no host CI. */
    private static RunRecord killed(Instant t) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = "01KAAAAAAAAAAAAAAAAAAAAAAA";
        b.process = "solver";
        b.command = List.of("bash", "-c", "kill -9 $$");
        b.cwd = "/tmp/w";
        b.startedAt = t;
        b.endedAt = t.plusMillis(250);
        b.signal = 9;
        b.status = RunStatus.KILLED;
        b.metrics = new Metrics(0.25, 0.01, 0.0, 4.0, 2048L, 4096L, null, null, null, null, null, null, 0L, 0L,
                Metrics.SAMPLED);
        b.processTree = List.of(new ProcessNode(4242, null, "bash -c kill -9 $$", 0.0, 0.25, 0.01, 2048L, null, null));
        b.timeline = new Timeline(100L, List.of(new Timeline.Point(0.0, null, null, null), new Timeline.Point(0.1, 2048L, 4.0, 1)));
        b.sampling = new Sampling("procfs", 100L, 10L, 3);
        b.warnings = List.of("killed by signal 9", "timeline: 2 of 3 samples kept");
        return b.build();
    }

    /** One repetition of a suite batch with profiles of two kinds and library versions. */
    private static RunRecord suite(Instant t) {
        RunRecord.Builder b = Records.full("ingest-r", "fedcba9876543210fedcba9876543210fedcba98", t, 1.0 / 3).toBuilder();
        b.repetition = new Repetition("01KBATCHBATCHBATCHBATCHBAT", 2, 5, true);
        b.status = RunStatus.TIMEOUT;
        b.exitCode = null;
        b.signal = 15;
        b.git = new GitInfo("fedcba9876543210fedcba9876543210fedcba98", "fedcba9", null, null, true, t, null);
        b.environment = new Environment(new LinkedHashMap<>(Map.of("R", "4.2.2")), new LinkedHashMap<>(Map.of("Seurat", "missing")), null);
        b.profiles = List.of(
                new Profile("rprof", "cpu", "folded", "profiles/rprof.folded", "flamegraphs/rprof.svg", 77L, 120L,
                        List.of("interval 20 ms"), List.of(77L, 78L)),
                new Profile("heaptrack", "memory", "folded", "profiles/heaptrack.folded", null, 77L, 1L << 33, null));
        b.customMetrics = new LinkedHashMap<>();
        b.customMetrics.put("rows_per_second", new CustomMetric(1.2e6, "1/s", Better.HIGHER));
        b.customMetrics.put("loss", new CustomMetric(-0.0001, null, Better.LOWER));
        return b.build();
    }

    /** Parameters and user data of every JSON shape, and text that must be escaped. */
    private static RunRecord freeShapes(Instant t) {
        RunRecord.Builder b = Records.minimal("shapes", t, 2.0, 1L << 30).toBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cells", 10000L);
        params.put("threads", 8);
        params.put("density", 0.05);
        params.put("ratio", 1.5f);
        params.put("dense", true);
        params.put("format", "h5ad");
        params.put("none", null);
        params.put("sizes", List.of(1L, 10L, 100L));
        params.put("nested", new LinkedHashMap<>(Map.of("a", List.of("x", 2.5))));
        b.params = params;
        b.description = "quotes \" backslash \\ tab \t newline \n control \u0001 script </script> é 漢 😀 \u2028";
        b.tag = "v2.0.0-rc.1+build.5";
        ObjectNode ud = JsonNodeFactory.instance.objectNode();
        ud.put("dataset", "pbmc3k");
        ud.put("count", 12);
        ud.put("bytes", 1L << 40);
        ud.put("score", 0.987);
        ud.putNull("missing");
        ud.putArray("list").add(1).add("two").add(3.0).add(false).addNull().addObject().put("k", "v");
        ud.putObject("stats").putObject("tiledb").put("reads", 1234).put("ratio", 1e-9);
        ud.putArray("empty");
        ud.putObject("none");
        b.userData = ud;
        b.environment = new Environment(Map.of("python", "3.11.7"), null, new LinkedHashMap<>(Map.of("EMPTY", "")));
        b.command = new ArrayList<>(Arrays.asList("python3", "-c", "print('é')", ""));
        b.warnings = List.of();
        return b.build();
    }

    /** Numbers at the edges of how doubles and longs print. */
    private static RunRecord numbers(Instant t) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = "01KNUMBERSNUMBERSNUMBERSNU";
        b.process = "numbers";
        b.command = List.of("true");
        b.startedAt = Instant.ofEpochSecond(0);
        b.endedAt = Instant.ofEpochSecond(4_102_444_800L, 1);
        b.exitCode = 0;
        b.status = RunStatus.OK;
        b.metrics = new Metrics(1e-7, 1e21, 0.1 + 0.2, 100.0, Long.MAX_VALUE, 0L, 0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L,
                Metrics.GNU_TIME);
        b.host = new HostInfo("h", "h", null, null, null, null, null, 1, 1L, null, 0.0);
        b.customMetrics = new LinkedHashMap<>();
        b.customMetrics.put("tiny", new CustomMetric(Double.MIN_VALUE, "s", Better.LOWER));
        b.customMetrics.put("big", new CustomMetric(Double.MAX_VALUE, "B", Better.LOWER));
        b.customMetrics.put("neg", new CustomMetric(-123456789.125, "1/s", Better.HIGHER));
        b.timeline = new Timeline(null, List.of(new Timeline.Point(-0.0, 0L, 0.0, 0), new Timeline.Point(12345.678, null, 33.333333333333336, null)));
        return b.build();
    }
}
