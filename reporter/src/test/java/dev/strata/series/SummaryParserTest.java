package dev.strata.series;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import dev.strata.record.Environment;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.ProcessNode;
import dev.strata.record.Profile;
import dev.strata.record.RecordFormatException;
import dev.strata.record.Repetition;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Timeline;
import dev.strata.testing.Records;
import dev.strata.testing.SampleRuns;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The streaming reader gives exactly the summary of the full data-bound record (the old way), on
 * records of every realistic shape, and takes its fast path on all of them.
 */
class SummaryParserTest {

    @Property(tries = 300)
    void streamingGivesTheSummaryOfTheFullRecord(@ForAll long seed) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> sameSummary(seed));
    }

    private static void sameSummary(long seed) {
        RunRecord r = generate(new Random(seed));
        byte[] json = RunJson.write(r);
        RunSummary fast = SummaryParser.fast(json, "2026-01-01T00-00-00.000Z-abcd", "tree", "x/run.json");
        assertThat(fast).as("fast path taken").isNotNull();
        assertThat(fast).isEqualTo(Summaries.of(RunJson.read(json, "x"), "2026-01-01T00-00-00.000Z-abcd", "tree"));
    }

    @Test
    void theRecordsOfTheTestStoresSummariseAlike() {
        List<RunRecord> records = new ArrayList<>();
        SampleRuns.standard().forEach(s -> records.add(s.record()));
        records.add(SampleRuns.hostile().record());
        records.add(Records.full("ingest", "0123456789abcdef0123456789abcdef01234567",
                Instant.parse("2026-01-02T03:04:05.678Z"), 12.5));
        records.add(Records.minimal("tiny", Instant.parse("2026-01-02T03:04:05Z"), 0.1, 1 << 20));
        for (RunRecord r : records) {
            byte[] json = RunJson.write(r);
            assertThat(SummaryParser.fast(json, "f", "t", "x")).isNotNull()
                    .isEqualTo(Summaries.of(RunJson.read(json, "x"), "f", "t"));
        }
    }

    @Test
    void unusualShapesGoTheGeneralWayAndStillAgree() {
        String[] odd = {
            "{\"process\":\"p\",\"params\":{\"grid\":[1,2],\"opts\":{\"a\":true}}}",
            "{\"process\":\"p\",\"tag\":15,\"metrics\":{\"maxRssBytes\":1.5e3}}",
            "{\"process\":\"p\",\"startedAt\":1700000000}",
            "{\"process\":\"p\",\"customMetrics\":{\"x\":{\"value\":\"2.5\",\"unit\":\"s\"}}}",
            "{\"process\":\"p\",\"profiles\":[{\"profiler\":5,\"format\":\"folded\"}]}",
        };
        for (String o : odd) {
            byte[] json = o.getBytes(StandardCharsets.UTF_8);
            assertThat(SummaryParser.fast(json, "f", "t", "x")).as(o).isNull();
            assertThat(SummaryParser.parse(json, "f", "t", "x")).as(o)
                    .isEqualTo(Summaries.of(SummaryJson.read(json, "x"), "f", "t"));
        }
        RunSummary nested = SummaryParser.parse(odd[0].getBytes(StandardCharsets.UTF_8), "f", "t", "x");
        assertThat(nested.params()).containsEntry("grid", new RawJson("[1,2]"))
                .containsEntry("opts", new RawJson("{\"a\":true}"));
    }

    @Test
    void brokenRecordsAreRejectedWithTheMessagesTheyAlwaysHad() {
        String[][] cases = {
            {"{\"schema\":\"other/1\",\"process\":\"p\"}", "a/b/run.json: not a strata run record (schema other/1)"},
            {"{}", "a/b/run.json: run record has no 'process'"},
            {"{\"process\": ", "a/b/run.json: not a valid run record"},
            {"", "a/b/run.json: not a valid run record"},
            {"{\"process\":\"p\",\"status\":\"exploded\"}", "a/b/run.json: not a valid run record"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> SummaryParser.parse(c[0].getBytes(StandardCharsets.UTF_8), "b", "t",
                    "a/b/run.json")).as(c[0]).isInstanceOf(RecordFormatException.class).hasMessageStartingWith(c[1]);
        }
    }

    @Property(tries = 500)
    void randomBytesAreRejectedCleanly(@ForAll byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejectedCleanly(bytes));
    }

    private static void rejectedCleanly(byte[] bytes) {
        try {
            SummaryParser.parse(bytes, "f", "t", "r/run.json");
        } catch (RecordFormatException expected) {
            assertThat(expected.getMessage()).startsWith("r/run.json: ");
        }
    }

    /** A record as collectors and importers write them, every optional section present or not. */
    static RunRecord generate(Random rnd) {
        Instant start = Instant.parse("2024-01-01T00:00:00Z").plusMillis(rnd.nextInt(1 << 30) * 37L);
        RunRecord.Builder b = RunRecord.builder();
        b.id = rnd.nextBoolean() ? dev.strata.record.Ulid.next(start, rnd) : null;
        b.process = pick(rnd, "ingest-pbmc3k", "query-obs", "read-x", "cluster_leiden.v2");
        b.suite = maybe(rnd, "nightly");
        b.tag = maybe(rnd, pick(rnd, "v1.15.0", "v1.14", "release 2"));
        b.description = maybe(rnd, "ingest, \"dense\"; ünïcödé\nsecond line");
        b.language = maybe(rnd, pick(rnd, "python", "r", "c++"));
        b.task = maybe(rnd, "ingest");
        if (rnd.nextBoolean()) {
            Map<String, Object> p = new LinkedHashMap<>();
            int n = rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                p.put(pick(rnd, "cells", "density", "format", "threads", "dense"), switch (rnd.nextInt(5)) {
                    case 0 -> (long) rnd.nextInt(100_000);
                    case 1 -> rnd.nextDouble() * 10;
                    case 2 -> "h5ad";
                    case 3 -> rnd.nextBoolean();
                    default -> Long.MAX_VALUE - rnd.nextInt(10);
                });
            }
            b.params = p;
        }
        b.command = List.of("python3", "ingest.py", "--cells", "2700");
        b.cwd = "/home/ci/work";
        b.startedAt = rnd.nextInt(20) == 0 ? null : start;
        b.endedAt = rnd.nextBoolean() ? start.plusNanos(rnd.nextInt(1 << 30) * 1000L) : null;
        b.exitCode = rnd.nextBoolean() ? rnd.nextInt(3) - 1 : null;
        b.status = rnd.nextInt(6) == 0 ? null : RunStatus.values()[rnd.nextInt(RunStatus.values().length)];
        if (rnd.nextBoolean()) {
            b.repetition = new Repetition(maybe(rnd, "batch-1"), rnd.nextBoolean() ? rnd.nextInt(5) : null,
                    rnd.nextBoolean() ? 5 : null, rnd.nextBoolean() ? rnd.nextBoolean() : null);
        }
        if (rnd.nextInt(4) > 0) {
            String sha = rnd.nextInt(8) == 0 ? null : Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong());
            b.git = new GitInfo(sha, sha != null && rnd.nextBoolean() ? sha.substring(0, 7) : null, maybe(rnd, "main"),
                    maybe(rnd, "v1.15.0-3-gabc"), rnd.nextBoolean() ? rnd.nextBoolean() : null,
                    rnd.nextBoolean() ? start.minusSeconds(rnd.nextInt(100_000)) : null, maybe(rnd, "https://x/y.git"));
        }
        if (rnd.nextInt(4) > 0) {
            b.host = new HostInfo(maybe(rnd, "ci-linux-x64"), maybe(rnd, "runner-7.example.org"), maybe(rnd, "Linux"),
                    maybe(rnd, "6.1.0"), maybe(rnd, "amd64"), maybe(rnd, "AMD EPYC 7763"),
                    rnd.nextBoolean() ? 2 : null, rnd.nextBoolean() ? 4 : null,
                    rnd.nextBoolean() ? 16_777_216_000L : null,
                    rnd.nextBoolean() ? new HostInfo.CiInfo("github-actions", "1", "bench", "https://x") : null,
                    rnd.nextBoolean() ? 0.42 : null);
        }
        if (rnd.nextInt(5) > 0) {
            b.metrics = new Metrics(num(rnd), num(rnd), num(rnd), num(rnd), whole(rnd), whole(rnd), whole(rnd),
                    whole(rnd), whole(rnd), whole(rnd), whole(rnd), whole(rnd), whole(rnd), whole(rnd),
                    maybe(rnd, Metrics.GNU_TIME));
        }
        if (rnd.nextBoolean()) {
            Map<String, CustomMetric> c = new LinkedHashMap<>();
            int n = rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                c.put(pick(rnd, "cells_per_second", "wallSeconds", "cpuPercent", "value", "rows"),
                        new CustomMetric(rnd.nextDouble() * 1e6, maybe(rnd, pick(rnd, "1/s", "ns/iter", "")),
                                rnd.nextBoolean() ? Better.values()[rnd.nextInt(2)] : null));
            }
            b.customMetrics = c;
        }
        if (rnd.nextBoolean()) {
            b.processTree = List.of(new ProcessNode(100, 99L, "python3 ingest.py", 0.0, 1.0, 0.8, 1L << 20, 0L, 0L));
            List<Timeline.Point> points = new ArrayList<>();
            for (int i = 0; i < rnd.nextInt(300); i++) {
                points.add(new Timeline.Point(i * 0.1, (long) rnd.nextInt(1 << 30), rnd.nextDouble() * 100, 1));
            }
            b.timeline = new Timeline(100L, points);
            b.environment = new Environment(Map.of("python", "3.11.7"), Map.of("tiledbsoma", "1.15.0"),
                    Map.of("OMP_NUM_THREADS", "2"));
        }
        if (rnd.nextBoolean()) {
            ObjectNode ud = JsonNodeFactory.instance.objectNode();
            ud.putObject("tiledb").put("reads", 3).putArray("list").add(1).add("x");
            if (rnd.nextBoolean()) {
                ObjectNode imported = ud.putObject("imported").put("from", "asv");
                if (rnd.nextBoolean()) {
                    imported.put("range", pick(rnd, "± 16591", "stddev: 0.2", "ci99=[1.0, 2.0]"));
                }
                if (rnd.nextBoolean()) {
                    imported.put("key", "asv:" + rnd.nextInt(1000));
                }
            }
            b.userData = ud;
        }
        if (rnd.nextBoolean()) {
            List<Profile> profiles = new ArrayList<>();
            profiles.add(new Profile("py-spy", "cpu", "folded", "profiles/py-spy.folded", maybe(rnd, "flamegraphs/py-spy.svg"),
                    100L, 250L, rnd.nextBoolean() ? List.of("gave up once") : null));
            if (rnd.nextBoolean()) {
                profiles.add(new Profile("memray", "memory", "opaque", "profiles/memray.bin", null, null, null, null));
            }
            b.profiles = profiles;
        }
        b.warnings = rnd.nextBoolean() ? List.of("load average 1.3 at start", "profiler perf unavailable") : null;
        return b.build();
    }

    private static Double num(Random rnd) {
        return rnd.nextInt(4) == 0 ? null : rnd.nextDouble() * 100;
    }

    private static Long whole(Random rnd) {
        return rnd.nextInt(4) == 0 ? null : (long) rnd.nextInt(Integer.MAX_VALUE) * rnd.nextInt(4);
    }

    private static String maybe(Random rnd, String s) {
        return rnd.nextInt(3) == 0 ? null : s;
    }

    @SafeVarargs
    private static <T> T pick(Random rnd, T... options) {
        return options[rnd.nextInt(options.length)];
    }
}
