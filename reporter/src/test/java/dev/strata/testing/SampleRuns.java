package dev.strata.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.flame.FlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;
import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import dev.strata.record.Environment;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.ProcessNode;
import dev.strata.record.Profile;
import dev.strata.record.Repetition;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Sampling;
import dev.strata.record.Timeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic run records for site tests and benchmarks, deterministic for a seed: several processes in
 * Python, R and C++ over commits of the code under test, on several hosts, with tags, parameter
 * sweeps, repetitions, custom metrics, process trees, timelines and profiles; one run fails, and
 * ingest-py slows down by a quarter from commit 5 on.
 */
public final class SampleRuns {

    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** A run and the files it attaches ({@code flamegraphs/...}, {@code profiles/...}). */
    public record Sample(RunRecord record, Map<String, byte[]> attachments) {
    }

    record Proc(String name, String language, String task, double baseSeconds, double exponent, boolean sweep,
                List<String> hosts, boolean profiled) {
    }

    static final List<Proc> PROCESSES = List.of(
            new Proc("ingest-py", "python", "ingest", 1.8, 1.05, true, List.of("lab-xeon", "ci-linux"), true),
            new Proc("ingest-r", "R", "ingest", 2.9, 1.2, true, List.of("lab-xeon"), false),
            new Proc("query-cpp", "c++", "query", 0.42, 0, false, List.of("lab-xeon", "ci-linux", "mac-m2"), false),
            new Proc("query-py", "python", "query", 1.1, 0, false, List.of("lab-xeon"), false));
    static final String[] TAGS = {null, null, "v1.0", null, null, "v1.1", null, "v1.2"};

    private SampleRuns() {
    }

    public static List<Sample> standard() {
        List<Sample> out = new ArrayList<>();
        for (int c = 0; c < TAGS.length; c++) {
            out.addAll(commit(c, 3, TAGS[c], c == TAGS.length - 1 ? 1 : 0));
        }
        out.add(hostile());
        return out;
    }

    public static String sha(int commit) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(("commit " + commit).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every process, host and parameter value at one commit, {@code reps} times; {@code failures} runs fail. */
    public static List<Sample> commit(int c, int reps, String tag, int failures) {
        List<Sample> out = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(c * 7919L + 17);
        Instant commitTime = T0.plus(Duration.ofHours(26L * c));
        Instant start = commitTime.plus(Duration.ofMinutes(40));
        int failed = 0;
        for (Proc p : PROCESSES) {
            for (String host : p.hosts()) {
                for (long cells : p.sweep() ? new long[]{1000, 4000, 16000} : new long[]{0}) {
                    for (int rep = 0; rep < reps; rep++) {
                        boolean fail = failed < failures && p.name().equals("query-py");
                        failed += fail ? 1 : 0;
                        out.add(run(p, host, cells, c, rep, reps, tag, commitTime, start, rnd, fail));
                        start = start.plusSeconds(47);
                    }
                }
            }
        }
        return out;
    }

    /**
     * One run of a generic process for benchmarks: {@code profiled} attaches a folded profile and its
     * flamegraph, as a language profiler does.
     */
    public static Sample generic(String process, String language, String task, String host, int commit, int rep,
                                 int reps, String tag, Instant start, boolean profiled) {
        Proc p = new Proc(process, language, task, 0.5 + (process.hashCode() & 0xff) / 64.0, 0, false, List.of(host), profiled);
        SplittableRandom rnd = new SplittableRandom(process.hashCode() * 31L + commit * 7919L + rep);
        return run(p, host, 4000, commit, rep, reps, tag, T0.plus(Duration.ofHours(26L * commit)), start, rnd, false);
    }

    static Sample run(Proc p, String hostId, long cells, int c, int rep, int reps, String tag, Instant commitTime,
                      Instant start, SplittableRandom rnd, boolean fail) {
        double hostFactor = switch (hostId) {
            case "ci-linux" -> 1.35;
            case "mac-m2" -> 0.8;
            default -> 1.0;
        };
        double scale = p.sweep() ? Math.pow(cells / 1000.0, p.exponent()) : 1;
        double step = p.name().equals("ingest-py") && c >= 5 ? 1.25 : 1.0;
        double wall = p.baseSeconds() * hostFactor * scale * step * (1 + 0.03 * (rnd.nextDouble() - 0.5));
        long rss = (long) ((180 + 60 * scale) * 1024 * 1024 * (1 + 0.01 * rnd.nextDouble()));
        RunRecord.Builder b = RunRecord.builder();
        b.id = "01J" + String.format(java.util.Locale.ROOT, "%023d", Math.abs(start.toEpochMilli() * 31 + rep));
        b.process = p.name();
        b.suite = "nightly";
        b.tag = tag;
        b.description = p.task() + " of the pbmc3k data set (" + p.language() + ")";
        b.language = p.language();
        b.task = p.task();
        if (p.sweep()) {
            b.params = new LinkedHashMap<>(Map.of("cells", cells));
        }
        String exe = p.language().equals("R") ? "Rscript" : p.language().equals("c++") ? "./query" : "python3";
        b.command = List.of(exe, "/home/alice/work/bench/" + p.name() + (p.language().equals("R") ? ".R" : ".py"),
                "--cells", Long.toString(cells));
        b.cwd = "/home/alice/work/bench";
        b.startedAt = start;
        b.endedAt = start.plusMillis((long) (wall * 1000));
        b.exitCode = fail ? 1 : 0;
        b.status = fail ? RunStatus.FAILED : RunStatus.OK;
        b.repetition = new Repetition("batch-" + c, rep, reps, false);
        String sha = sha(c);
        b.git = new GitInfo(sha, sha.substring(0, 7), "main", tag != null ? tag : "v1.0-" + c + "-g" + sha.substring(0, 7),
                false, commitTime, "/home/alice/src/cellkit");
        HostInfo.CiInfo ci = hostId.equals("ci-linux")
                ? new HostInfo.CiInfo("github", Long.toString(9000 + c), "bench", "https://github.com/org/cellkit/actions/runs/" + (9000 + c))
                : null;
        b.host = switch (hostId) {
            case "mac-m2" -> new HostInfo(hostId, "alices-mbp.local", "Darwin 24.1", "24.1.0", "arm64", "Apple M2", 8, 8,
                    16L << 30, null, 1.2);
            case "ci-linux" -> new HostInfo(hostId, "fv-az123-456", "Ubuntu 22.04", "6.5.0-1025-azure", "x86_64",
                    "AMD EPYC 7763 64-Core Processor", 2, 4, 16L << 30, ci, 0.4);
            default -> new HostInfo(hostId, "lab-xeon.example.org", "Debian GNU/Linux 12", "6.1.0-26-amd64", "x86_64",
                    "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", 20, 40, 192L << 30, null, 0.9);
        };
        b.metrics = new Metrics(wall, wall * 0.93, wall * 0.05, 98.0, rss, (long) (rss * 1.4), 0L, 41_000L + rnd.nextInt(900),
                120L, 35L, 0L, 2048L, (long) (cells * 52_000), (long) (cells * 18_000), "gnu-time");
        Map<String, CustomMetric> custom = new LinkedHashMap<>();
        if (p.sweep()) {
            custom.put("cells_per_second", new CustomMetric(cells / wall, "1/s", Better.HIGHER));
        }
        if (p.task().equals("query")) {
            custom.put("query_p95_ms", new CustomMetric(wall * 210, "ms", Better.LOWER));
        }
        b.customMetrics = custom;
        long pid = 4000 + rnd.nextInt(1000);
        b.processTree = List.of(
                new ProcessNode(pid, 1L, String.join(" ", b.command), 0.0, wall, wall * 0.3, rss / 2, cells * 52_000, 0L),
                new ProcessNode(pid + 1, pid, exe + " worker --id 1", 0.2, wall - 0.1, wall * 0.35, rss / 3, 0L, cells * 9_000),
                new ProcessNode(pid + 2, pid, exe + " worker --id 2", 0.2, wall - 0.1, wall * 0.34, rss / 3, 0L, cells * 9_000));
        List<Timeline.Point> points = new ArrayList<>();
        int n = 40;
        for (int i = 0; i < n; i++) {
            double t = wall * i / (n - 1);
            points.add(new Timeline.Point(t, (long) (rss * Math.min(1, 0.2 + i / (double) n)), 60 + 40 * rnd.nextDouble(),
                    i == 0 ? 1 : 3));
        }
        b.timeline = new Timeline(Math.max(1L, (long) (wall * 1000 / (n - 1))), points);
        b.sampling = new Sampling(Sampling.PROC_RSS_SUM, 100L, 10L, n);
        Map<String, String> libs = new LinkedHashMap<>();
        libs.put("tiledbsoma", c < 5 ? "1.14.2" : "1.15.0");
        libs.put("numpy", "2.1.3");
        b.environment = new Environment(Map.of(p.language().equals("R") ? "R" : "python",
                p.language().equals("R") ? "4.2.2" : "3.11.7"), libs, Map.of("OMP_NUM_THREADS", "4", "HOME", "/home/alice"));
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.putObject("tiledb").put("read_ops", 1200 + c).put("cache_hits", 900);
        user.putObject("public").put("dataset", "pbmc3k");
        user.put("operator", "alice");
        user.put("public.stage", "nightly");
        b.userData = user;
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Profile> profiles = new ArrayList<>();
        if (p.profiled() && (hostId.equals("lab-xeon") || p.hosts().size() == 1) && cells == 4000) {
            byte[] folded = folded(c, rnd).getBytes(StandardCharsets.UTF_8);
            files.put("profiles/py-spy.folded", folded);
            files.put("flamegraphs/py-spy.svg", flamegraph(folded, "py-spy " + sha.substring(0, 7)));
            profiles.add(new Profile("py-spy", "cpu", "folded", "profiles/py-spy.folded", "flamegraphs/py-spy.svg",
                    pid, 1800L, List.of()));
        }
        if (p.name().equals("query-cpp") && hostId.equals("lab-xeon") && rep == 0) {
            files.put("profiles/perf.data", new byte[]{'P', 'E', 'R', 'F', 'I', 'L', 'E', '2', 0, 1, 2, 3});
            profiles.add(new Profile("perf", "cpu", "opaque", "profiles/perf.data", null, pid, 400L,
                    List.of("no symbols for [unknown]")));
        }
        b.profiles = profiles.isEmpty() ? null : profiles;
        b.warnings = hostId.equals("ci-linux") ? List.of("noisy host: load average 0.4 at start on a shared runner") : null;
        return new Sample(b.build(), files);
    }

    static String folded(int c, SplittableRandom rnd) {
        int slow = c >= 5 ? 900 : 600;
        return "main;load;read_h5ad;decompress " + (400 + rnd.nextInt(20)) + "\n"
                + "main;load;read_h5ad;parse " + (200 + rnd.nextInt(20)) + "\n"
                + "main;ingest;write_soma;tiledb_write " + slow + "\n"
                + "main;ingest;normalize " + (300 + rnd.nextInt(20)) + "\n";
    }

    /** The flamegraph of a folded profile, rendered by the engine as {@code strata run} does. */
    public static byte[] flamegraph(byte[] folded, String title) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FlameGraph.render(FoldedStacks.read(new ByteArrayInputStream(folded), title, false),
                    FlameOptions.defaults().withTitle(title), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record whose every free-text field tries to break out of the page. */
    public static Sample hostile() {
        String evil = "<script>alert(\"x\")</script>'\"&<b>Ünïcødé ✓ 中文</b>";
        RunRecord.Builder b = RunRecord.builder();
        b.id = "01JHOSTILE0000000000000000";
        b.process = "hostile";
        b.tag = "v9<script>alert(1)</script>";
        b.description = evil;
        b.language = "py<thon>";
        b.task = "ingest\"'";
        b.params = new LinkedHashMap<>(Map.of("mode", "<script>alert(2)</script>"));
        b.command = List.of("python3", "-c", "print('</script><img src=x onerror=alert(3)>')");
        b.cwd = "/tmp/<dir>";
        b.startedAt = T0.plusSeconds(3600);
        b.endedAt = T0.plusSeconds(3610);
        b.exitCode = 0;
        b.status = RunStatus.OK;
        b.git = new GitInfo(sha(99), sha(99).substring(0, 7), "feat/<x>", evil, true, T0, "<repo>");
        b.host = new HostInfo("evil\"host<script>", "h<script>", "<os>", "k", "x86_64", "<cpu>", 1, 2, 1L << 30, null, 0.1);
        b.metrics = new Metrics(10.0, 9.0, 0.5, 95.0, 50_000_000L, null, null, null, null, null, null, null, null, null, "gnu-time");
        b.customMetrics = Map.of("<i>m</i>", new CustomMetric(3, "<u>", Better.HIGHER));
        b.processTree = List.of(new ProcessNode(7, 1L, "</script><script>alert(4)</script>", 0.0, 10.0, 9.0, 1000L, 0L, 0L));
        b.environment = new Environment(Map.of("python", "3<"), Map.of("<lib>", "</td>"), Map.of("X", "<script>"));
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.put("<b>key</b>", "</pre><script>alert(5)</script>");
        user.putObject("public").put("note", evil);
        b.userData = user;
        b.warnings = List.of(evil);
        return new Sample(b.build(), Map.of());
    }
}
