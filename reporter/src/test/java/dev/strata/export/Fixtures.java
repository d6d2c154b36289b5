package dev.strata.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.Repetition;
import dev.strata.record.RunRecord;
import dev.strata.record.RunJson;
import dev.strata.series.RunSummary;
import dev.strata.series.SummaryParser;
import dev.strata.record.RunStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small, fixed set of runs covering every kind of column: params, custom metrics, missing values, awkward text. */
public final class Fixtures {

    public static final String AWKWARD = "Ingest \"pbmc3k\", dense; 1,5 GB\nsecond line, with 'quotes' and ünïcödé";

    private Fixtures() {
    }

    /** A run of the fixtures: where it is stored and its record. */
    public record Stored(String path, RunRecord record) {
    }

    public static List<Stored> records() {
        HostInfo laptop = new HostInfo("ci-linux-x64", "runner-7", "Linux", "6.1.0", "amd64",
                "AMD EPYC 7763 64-Core Processor", 2, 4, 16_777_216_000L, null, 0.42);
        HostInfo mac = new HostInfo("mac-m2", "mbp", "Mac OS X", "23.1", "aarch64", "Apple M2", 8, 8,
                17_179_869_184L, null, null);
        GitInfo v114 = new GitInfo("4f2a9c1e0b7d3a5f6e8c9b0a1d2e3f4a5b6c7d8e", "4f2a9c1", "main", "v1.14",
                false, Instant.parse("2026-10-01T09:15:00Z"), "https://github.com/example/soma");
        GitInfo v115 = new GitInfo("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d", "9e8d7c6", "main", "v1.15-3-g9e8d7c6",
                true, Instant.parse("2026-11-20T14:02:11Z"), "https://github.com/example/soma");
        Map<String, Object> small = new LinkedHashMap<>();
        small.put("size", 10000L);
        small.put("layout", "dense");
        Map<String, Object> large = new LinkedHashMap<>();
        large.put("size", 200000L);
        large.put("layout", "sparse, csr");

        RunRecord.Builder a = RunRecord.builder();
        a.id = "01JB0000000000000000000001";
        a.process = "ingest-pbmc3k";
        a.tag = "v1.14";
        a.description = AWKWARD;
        a.language = "python";
        a.task = "ingest";
        a.params = small;
        a.startedAt = Instant.parse("2026-10-02T08:00:00.125Z");
        a.endedAt = Instant.parse("2026-10-02T08:00:12.535Z");
        a.exitCode = 0;
        a.status = RunStatus.OK;
        a.repetition = new Repetition("b1", 1, 3, false);
        a.git = v114;
        a.host = laptop;
        a.metrics = new Metrics(12.41, 11.87, 0.52, 99.8, 1_406_418_944L, 1_512_000_000L, 0L, 351_220L, 120L, 45L,
                0L, 2048L, 0L, 1_048_576L, Metrics.GNU_TIME);
        a.customMetrics = Map.of("cells_per_second", new CustomMetric(1.2e6, "1/s", Better.HIGHER));

        RunRecord.Builder b = a.build().toBuilder();
        b.id = "01JB0000000000000000000002";
        b.tag = "v1.15";
        b.description = "plain";
        b.params = large;
        b.startedAt = Instant.parse("2026-11-21T08:00:00Z");
        b.endedAt = Instant.parse("2026-11-21T08:00:03.41Z");
        b.repetition = new Repetition("b2", 2, 3, false);
        b.git = v115;
        b.metrics = new Metrics(3.41, 3.2, 0.2, 99.7, 1_331_439_862L, null, 0L, 120_000L, 12L, 4L, 0L, 0L, null, null,
                Metrics.GNU_TIME);
        b.customMetrics = Map.of("cells_per_second", new CustomMetric(4.4e6, "1/s", Better.HIGHER),
                "load_ms", new CustomMetric(0.000123, "ms", Better.LOWER));

        RunRecord.Builder c = RunRecord.builder();
        c.id = "01JB0000000000000000000003";
        c.process = "query-obs";
        c.tag = "v1.15";
        c.startedAt = Instant.parse("2026-11-21T09:30:00Z");
        c.exitCode = 3;
        c.status = RunStatus.FAILED;
        c.command = List.of("Rscript", "query.R", "--filter", "n_genes > 200");
        c.git = v115;
        c.host = mac;
        c.metrics = new Metrics(0.0315, null, null, null, 262_144_000L, null, null, null, null, null, null, null, null,
                null, Metrics.SAMPLED);

        RunRecord.Builder d = RunRecord.builder();
        d.id = "01JB0000000000000000000004";
        d.process = "end_to_end-http1_body_both_100kb";
        d.description = "end_to_end/http1_body_both_100kb";
        d.startedAt = Instant.parse("2020-11-17T00:06:30Z");
        d.status = RunStatus.OK;
        d.git = new GitInfo("af96ddf008540ca4799381efb16a74af4dc3db28", null, null, null, null,
                Instant.parse("2020-11-17T00:06:30Z"), null);
        d.customMetrics = Map.of("value", new CustomMetric(132722, "ns/iter", Better.LOWER));
        ObjectNode imported = JsonNodeFactory.instance.objectNode();
        imported.putObject("imported").put("from", "csv").put("file", "hyper.csv.gz");
        d.userData = imported;

        return List.of(new Stored("ingest-pbmc3k/2026-10-02T08-00-00.125Z-a1b2", a.build()),
                new Stored("ingest-pbmc3k/2026-11-21T08-00-00.000Z-c3d4", b.build()),
                new Stored("query-obs/2026-11-21T09-30-00.000Z-e5f6", c.build()),
                new Stored("end_to_end-http1_body_both_100kb/2020-11-17T00-06-30.000Z-g7h8", d.build()));
    }

    /** The runs as every command sees them: their run.json streamed into summaries, as the store reader does. */
    public static List<RunSummary> runs() {
        return records().stream().map(s -> {
            String folder = s.path().substring(s.path().indexOf('/') + 1);
            return SummaryParser.parse(RunJson.write(s.record()), folder, "tree-" + folder, s.path() + "/run.json");
        }).toList();
    }

    public static List<RunSummary> source() {
        return runs();
    }
}
