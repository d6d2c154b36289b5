package dev.strata.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.importer.ImportedPoint;
import dev.strata.importer.Importer;
import dev.strata.series.SummaryCache;
import dev.strata.store.GitStore;
import dev.strata.testing.SampleRuns;
import dev.strata.testing.SampleStore;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long {@code strata report} takes on big stores, and how big the site gets, against
 * {@code asv publish} on a results set of the same size, measured in the same run.
 *
 * <pre>bench/run SiteBenchmark [--sizes 10000,100000] [--no-asv] [--prepare]</pre>
 *
 * ({@code --prepare} only generates the stores, which takes long at 100k; later runs reuse them.)
 *
 * A store of N runs has N/1000 processes (at least 5), each on 2 hosts with 3 repetitions per commit of
 * the code under test, every tenth commit tagged and every fifth run profiled; it is written by the real
 * writer in batches of 1,000 runs, packed once (without delta search, to keep generation short), and kept
 * under target/bench for the next run. The asv
 * set has the same processes as benchmarks, one per main metric (wall time, user time, peak memory and
 * the custom metric), on the same commits and machines, each with the stats of its 3 repetitions.
 */
public final class SiteBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HOSTS = {"lab-xeon", "ci-linux"};
    private static final int REPS = 3;

    record Shape(int runs, int processes, int commits) {
        static Shape of(int runs) {
            int processes = Math.max(5, runs / 1000);
            int commits = (int) Math.ceil(runs / (double) (processes * HOSTS.length * REPS));
            return new Shape(processes * HOSTS.length * REPS * commits, processes, commits);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(10_000, 100_000);
        boolean asv = true;
        boolean prepareOnly = false;
        boolean imported = true;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--sizes")) {
                sizes = Stream.of(args[++i].split(",")).map(String::trim).filter(x -> !x.isEmpty())
                        .map(Integer::parseInt).toList();
            } else if (args[i].equals("--no-asv")) {
                asv = false;
            } else if (args[i].equals("--no-import")) {
                imported = false;
            } else if (args[i].equals("--prepare")) {
                prepareOnly = true;
            }
        }
        Path root = Path.of(System.getProperty("strata.root", ".")).resolve("reporter/target/bench");
        System.out.printf(Locale.ROOT, "SiteBenchmark on %d cores, Java %s; every build is a whole `strata report` process"
                        + " (STRATA_TRACE=1 lines below it)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        List<String> aims = new ArrayList<>();
        for (int n : sizes) {
            Shape shape = Shape.of(n);
            Path dir = root.resolve("size-" + n);
            Path store = ensureStore(dir.resolve("store"), shape);
            if (prepareOnly) {
                continue;
            }
            Path site = dir.resolve("site");
            delete(site);
            Files.deleteIfExists(cacheOf(store));
            System.out.printf(Locale.ROOT, "%n%,d runs (%d processes x %d commits x %d hosts x %d repetitions):%n",
                    shape.runs(), shape.processes(), shape.commits(), HOSTS.length, REPS);
            Timing full = report(store, site, "full build");
            long size = du(site);
            long files = count(site);
            Timing same = report(store, site, "unchanged");
            ObjectId tip = addOneRun(store, shape);
            Timing incr;
            try {
                incr = report(store, site, "one new run");
            } finally {
                resetTo(store, tip);
            }
            System.out.printf(Locale.ROOT, "  site %.1f MiB in %,d files%n", size / 1048576.0, files);
            Timing ref = asv ? asvPublish(dir.resolve("asv"), shape) : null;
            String k = n >= 1000 ? n / 1000 + "k" : Integer.toString(n);
            aims.add(row("site, " + k + " runs, full build", full, ref == null ? "(--no-asv)"
                            : String.format(Locale.ROOT, "asv publish, %d x %d x %d: %s", shape.processes() * 4,
                            shape.commits(), HOSTS.length, ref),
                    "faster than asv publish", ref != null && full.wallSeconds() < ref.wallSeconds(),
                    ref == null ? "" : String.format(Locale.ROOT, "asv/strata: wall %.2fx, cpu %.2fx",
                            ref.wallSeconds() / full.wallSeconds(), ref.cpuSeconds() / full.cpuSeconds())));
            aims.add(row("site, one new run on " + k, incr, "unchanged: " + same, n >= 100_000 ? "< 2 s" : "-",
                    incr.wallSeconds() < 2, ""));
        }
        if (imported && !prepareOnly) {
            Path dir = root.resolve("imported-20x1000");
            Path store = ensureImported(dir.resolve("store"), 20, 1000);
            Path site = dir.resolve("site");
            delete(site);
            Files.deleteIfExists(cacheOf(store));
            System.out.printf(Locale.ROOT, "%n20,000 imported runs (20 series x 1,000 commits):%n");
            Timing full = report(store, site, "full build");
            ObjectId tip = importOnePoint(store, 20, 1000);
            Timing incr;
            try {
                incr = report(store, site, "one new run");
            } finally {
                resetTo(store, tip);
            }
            aims.add(row("site, one new run on 20k imported runs (20 series x 1,000 commits)", incr,
                    "after a full build of " + full, "< 10% of the full build",
                    incr.wallSeconds() < 0.1 * full.wallSeconds(), String.format(Locale.ROOT, "%.0f%% of it (cpu %.0f%%)",
                            100 * incr.wallSeconds() / full.wallSeconds(), 100 * incr.cpuSeconds() / full.cpuSeconds())));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Aims (load average now %.1f on %d cores; wall beside CPU of the whole process):%n",
                OS.getSystemLoadAverage(), OS.getAvailableProcessors());
        System.out.println("| work | strata | reference, same run | aim | met |");
        System.out.println("|---|---|---|---|---|");
        aims.forEach(System.out::println);
    }

    private static String row(String work, Timing t, String reference, String aim, boolean met, String note) {
        return "| " + work + " | " + t + (note.isEmpty() ? "" : " (" + note + ")") + " | " + reference + " | " + aim
                + " | " + (aim.equals("-") ? "-" : met ? "yes" : "no") + " |";
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** CPU seconds next to wall seconds: on a shared machine the wall clock says more about the neighbours. */
    record Timing(double wallSeconds, double cpuSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s (cpu %.2f s)", wallSeconds, cpuSeconds);
        }
    }

    /**
     * One {@code ./strata report} as a user runs it (the launcher, its JVM options, change points, CSV
     * downloads and all), timed by GNU time; its STRATA_TRACE lines are printed below.
     */
    static Timing report(Path store, Path site, String label) throws IOException, InterruptedException {
        Path rootDir = Path.of(System.getProperty("strata.root", ".")).toAbsolutePath();
        Path log = site.resolveSibling("report.log");
        Path cpu = site.resolveSibling("report.cpu");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", cpu.toString(),
                rootDir.resolve("strata").toString(), "report", "--store", store.toString(), "--out", site.toString(),
                "--title", "bench").redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("STRATA_TRACE", "1");
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(log);
        if (code != 0) {
            throw new IOException("strata report failed (" + code + "): " + String.join("\n", lines));
        }
        String[] t = Files.readString(cpu).trim().split("\\s+");
        Timing timing = new Timing(wall, Double.parseDouble(t[t.length - 2]) + Double.parseDouble(t[t.length - 1]));
        System.out.printf(Locale.ROOT, "  %-12s %s%n", label, timing);
        for (String l : lines) {
            if (l.startsWith("strata: trace:") || l.contains("pages (") || l.contains("warning")) {
                System.out.println("      " + l.substring(l.startsWith("strata: ") ? 8 : 0));
            }
        }
        return timing;
    }

    /** The store for {@code shape}, generated by the real writer on first use. */
    static Path ensureStore(Path dir, Shape shape) throws IOException, InterruptedException {
        Path done = dir.resolveSibling("store.complete");
        if (Files.exists(done)) {
            return dir;
        }
        delete(dir);
        long t0 = System.nanoTime();
        try (GitStore store = GitStore.openOrCreate(dir)) {
            List<SampleRuns.Sample> batch = new ArrayList<>();
            int written = 0;
            for (int c = 0; c < shape.commits(); c++) {
                String tag = c % 10 == 9 ? "v0." + (c / 10) : null;
                Instant start = SampleRuns.T0.plus(Duration.ofHours(26L * c + 1));
                for (int p = 0; p < shape.processes(); p++) {
                    String name = String.format(Locale.ROOT, "proc-%03d", p);
                    String lang = p % 3 == 0 ? "python" : p % 3 == 1 ? "R" : "c++";
                    for (String host : HOSTS) {
                        for (int rep = 0; rep < REPS; rep++) {
                            start = start.plusMillis(1500);
                            batch.add(SampleRuns.generic(name, lang, "task-" + (p / 3), host, c, rep, REPS, tag, start,
                                    (written + batch.size()) % 5 == 0));
                        }
                    }
                }
                if (batch.size() >= 1000 || c == shape.commits() - 1) {
                    SampleStore.write(store, batch, dir.resolveSibling("scratch"), 1000);
                    written += batch.size();
                    batch.clear();
                    System.out.printf(Locale.ROOT, "\r  writing store: %,d of %,d runs", written, shape.runs());
                }
            }
        }
        double write = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        run(dir, "git", "repack", "-a", "-d", "-q", "--window=0");
        System.out.printf(Locale.ROOT, "%n  store of %,d runs written in %.1f s (GitStore.writeAll, 1,000 per commit), "
                + "packed in %.1f s%n", shape.runs(), write, (System.nanoTime() - t1) / 1e9);
        Files.writeString(done, "ok\n");
        return dir;
    }

    static Path cacheOf(Path store) {
        try (GitStore s = GitStore.open(store)) {
            return SummaryCache.of(s.repository());
        }
    }

    /**
     * An imported history: {@code series} benchmarks measured once at each of {@code commits} commits (one
     * point each, as asv and github-action-benchmark publish them), written by the real importer.
     */
    static Path ensureImported(Path dir, int series, int commits) throws IOException, InterruptedException {
        Path done = dir.resolveSibling("store.complete");
        if (Files.exists(done)) {
            return dir;
        }
        delete(dir);
        List<ImportedPoint> points = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            for (int c = 0; c < commits; c++) {
                points.add(point(s, c));
            }
        }
        try (GitStore store = GitStore.openOrCreate(dir)) {
            new Importer(store, Importer.DEFAULT_BATCH, m -> { }).run(points, "bench");
        }
        run(dir, "git", "repack", "-a", "-d", "-q", "--window=0");
        Files.writeString(done, "ok\n");
        return dir;
    }

    /** Series {@code s} at commit {@code c}: a level with 2% noise that steps up by a fifth two thirds of the way. */
    static ImportedPoint point(int s, int c) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(s * 100_003L + c);
        Instant at = SampleRuns.T0.plus(Duration.ofHours(6L * c));
        double value = (1 + s % 5) * 1e-3 * (c > 667 && s % 4 == 0 ? 1.2 : 1) * (1 + 0.02 * (rnd.nextDouble() - 0.5));
        return new ImportedPoint("csv", "bench.csv", null, String.format(Locale.ROOT, "suite.bench_%02d", s), Map.of(),
                SampleRuns.sha(c), at, at, value, "s", null, null, null, null);
    }

    /** One more point, at the next commit of the first series; returns the tip to go back to. */
    static ObjectId importOnePoint(Path dir, int series, int commits) throws IOException {
        try (GitStore store = GitStore.open(dir)) {
            ObjectId tip = store.tip();
            new Importer(store, Importer.DEFAULT_BATCH, m -> { }).run(List.of(point(0, commits)), "bench");
            return tip;
        }
    }

    static ObjectId addOneRun(Path dir, Shape shape) throws IOException {
        try (GitStore store = GitStore.open(dir)) {
            ObjectId tip = store.tip();
            SampleRuns.Sample s = SampleRuns.generic("proc-000", "python", "task-0", HOSTS[0], shape.commits(), 0, REPS,
                    null, Instant.now(), true);
            SampleStore.write(store, List.of(s), dir.resolveSibling("scratch"), 1);
            return tip;
        }
    }

    /** Puts the branch back, so the next benchmark run starts from the same store. */
    static void resetTo(Path dir, ObjectId tip) throws IOException {
        try (GitStore store = GitStore.open(dir)) {
            RefUpdate ru = store.repository().updateRef(store.refName());
            ru.setNewObjectId(tip);
            ru.setForceUpdate(true);
            ru.update();
        }
    }

    /** Writes an asv project of the same shape (a Git repository of the commits and a results directory), times asv publish. */
    static Timing asvPublish(Path dir, Shape shape) throws IOException, InterruptedException {
        delete(dir);
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        run(repo, "git", "init", "-q", "-b", "main");
        StringBuilder fi = new StringBuilder();
        for (int c = 0; c < shape.commits(); c++) {
            long when = SampleRuns.T0.plus(Duration.ofHours(26L * c)).getEpochSecond();
            String msg = "commit " + c;
            fi.append("commit refs/heads/main\nmark :").append(c + 1).append("\ncommitter bench <bench@localhost> ")
                    .append(when).append(" +0000\ndata ").append(msg.length()).append('\n').append(msg).append('\n');
            if (c > 0) {
                fi.append("from :").append(c).append('\n');
            }
            fi.append("M 644 inline file.txt\ndata ").append(msg.length()).append('\n').append(msg).append("\n\n");
        }
        runWithInput(repo, fi.toString(), "git", "fast-import", "--quiet");
        List<String> shas = new String(new ProcessBuilder("git", "rev-list", "--reverse", "main").directory(repo.toFile())
                .start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        ObjectNode conf = JSON.createObjectNode().put("version", 1).put("project", "bench").put("project_url", "")
                .put("repo", repo.toAbsolutePath().toString()).put("dvcs", "git").put("environment_type", "existing")
                .put("results_dir", "results").put("html_dir", "html");
        conf.putArray("branches").add("main");
        JSON.writeValue(dir.resolve("asv.conf.json").toFile(), conf);
        String[] kinds = {"time_wall", "time_user", "peakmem_rss", "track_cells_per_second"};
        ObjectNode benchmarks = JSON.createObjectNode();
        for (int p = 0; p < shape.processes(); p++) {
            for (String k : kinds) {
                String name = String.format(Locale.ROOT, "proc_%03d.%s", p, k);
                String type = k.startsWith("time") ? "time" : k.startsWith("peakmem") ? "peakmemory" : "track";
                ObjectNode b = benchmarks.putObject(name).put("name", name).put("type", type).put("version", "1")
                        .put("unit", type.equals("time") ? "seconds" : type.equals("peakmemory") ? "bytes" : "unit")
                        .put("code", "def " + k + "(): pass").put("timeout", 60);
                b.putArray("param_names");
                b.putArray("params");
            }
        }
        benchmarks.put("version", 2);
        Path results = dir.resolve("results");
        Files.createDirectories(results);
        JSON.writeValue(results.resolve("benchmarks.json").toFile(), benchmarks);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (String host : HOSTS) {
            Path m = results.resolve(host);
            Files.createDirectories(m);
            ObjectNode machine = JSON.createObjectNode().put("arch", "x86_64").put("cpu", "Xeon").put("machine", host)
                    .put("num_cpu", "2").put("os", "Linux").put("ram", "16GB").put("version", 1);
            JSON.writeValue(m.resolve("machine.json").toFile(), machine);
            for (int c = 0; c < shape.commits(); c++) {
                ObjectNode r = JSON.createObjectNode().put("commit_hash", shas.get(c)).put("env_name", "existing-py")
                        .put("date", SampleRuns.T0.plus(Duration.ofHours(26L * c)).toEpochMilli()).put("python", "3.11");
                r.set("params", machine.deepCopy().put("python", "3.11").without("version"));
                r.putObject("requirements");
                r.putObject("env_vars");
                ArrayNode columns = r.putArray("result_columns");
                for (String col : new String[]{"result", "params", "version", "started_at", "duration", "stats_ci_99_a",
                        "stats_ci_99_b", "stats_q_25", "stats_q_75", "stats_number", "stats_repeat"}) {
                    columns.add(col);
                }
                ObjectNode res = r.putObject("results");
                for (int p = 0; p < shape.processes(); p++) {
                    for (String k : kinds) {
                        double v = (1 + p % 7) * (1 + 0.03 * rnd.nextDouble());
                        ArrayNode row = res.putArray(String.format(Locale.ROOT, "proc_%03d.%s", p, k));
                        row.addArray().add(v);
                        row.addArray();
                        row.add("1");
                        row.add(r.get("date").asLong());
                        row.add(1.5);
                        row.addArray().add(v * 0.98);
                        row.addArray().add(v * 1.02);
                        row.addArray().add(v * 0.99);
                        row.addArray().add(v * 1.01);
                        row.addArray().add(1);
                        row.addArray().add(REPS);
                    }
                }
                r.putObject("durations");
                r.put("version", 2);
                JSON.writeValue(m.resolve(shas.get(c).substring(0, 8) + "-existing-py.json").toFile(), r);
            }
        }
        long t0 = System.nanoTime();
        run(dir, "/usr/bin/time", "-f", "%U %S", "-o", "asv.cpu", "asv", "publish", "--config", "asv.conf.json");
        double s = (System.nanoTime() - t0) / 1e9;
        String[] cpu = Files.readString(dir.resolve("asv.cpu")).trim().split("\\s+");
        double asvCpu = Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(cpu[cpu.length - 1]);
        System.out.printf(Locale.ROOT, "  asv publish  %6.2f s, cpu %6.2f s (%d benchmarks x %d commits x %d machines; html %.1f MiB)%n",
                s, asvCpu, shape.processes() * kinds.length, shape.commits(), HOSTS.length, du(dir.resolve("html")) / 1048576.0);
        return new Timing(s, asvCpu);
    }

    static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        runWithInput(dir, null, cmd);
    }

    static void runWithInput(Path dir, String input, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(Path.of(cmd[0]).getFileName() + ".log").toFile()).start();
        if (input != null) {
            try (OutputStream o = p.getOutputStream()) {
                o.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            p.getOutputStream().close();
        }
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed; see " + dir.resolve(Path.of(cmd[0]).getFileName() + ".log")
                    + (String.join(" ", cmd).contains("asv") ? " (install asv with: pip install asv)" : ""));
        }
    }

    static long du(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
