package dev.strata.bench;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import dev.strata.testing.Git;
import dev.strata.testing.Records;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Store commit latency (wall and CPU) at 1k, 10k and 100k runs against {@code git add && git commit}
 * on the same store, the first commit in a fresh JVM against the same CLI commit, reading every
 * run.json at the tip, and size per run. Each aim is printed beside its reference from this run.
 * Run: {@code bench/run StoreBenchmark [sizes, default 1000,10000,100000]}.
 */
public final class StoreBenchmark {

    private static final String[] PROCESSES = {"ingest-pbmc3k", "normalize", "cluster-leiden", "export-h5ad",
            "query-obs", "read-x"};

    public static void main(String[] args) throws Exception {
        String sizesArg = args.length > 0 ? args[0] : "1000,10000,100000";
        List<String> aims = new ArrayList<>();
        Path root = Files.createTempDirectory("strata-store-bench");
        System.out.println("strata store benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
        System.out.println("wall and CPU per commit, p50; CPU: this thread for strata, user+sys of git add + git commit"
                + " (their mean)");
        System.out.println(Stats.f("%-8s %11s %11s %11s %11s %11s %8s %8s %10s %10s", "runs", "strata wall",
                "strata p90", "strata CPU", "git wall", "git CPU", "wall x", "CPU x", "read all", "bytes/run"));
        try {
            int done = 0;
            Commits lastCli = null;
            // strata writes a bare store (it refuses a branch a work tree has checked out); the git CLI
            // commits into the same repository through a work tree of its own
            Path store = root.resolve("store.git");
            Files.createDirectories(store);
            Git.ok(store, "init", "-q", "--bare", "-b", "main");
            Path work = root.resolve("work");
            Files.createDirectories(work);
            for (String s : sizesArg.split(",")) {
                int size = Integer.parseInt(s.trim());
                fill(store, done, size);
                done = size;
                Git.ok(store, "gc", "-q");
                Commits ours = strataCommits(store, 50);
                Commits cli = gitCliCommits(store, work, size >= 50_000 ? 10 : 20);
                done += 50 + cli.wall.size();
                double readSeconds = readAll(store);
                Git.ok(store, "gc", "-q");
                long bytes = du(store.resolve("objects"));
                double wallX = Stats.percentile(cli.wall, 50) / Stats.percentile(ours.wall, 50);
                double cpuX = Stats.percentile(cli.cpu, 50) / Stats.percentile(ours.cpu, 50);
                System.out.println(Stats.f("%-8d %9.1fms %9.1fms %9.1fms %9.1fms %9.1fms %7.1fx %7.1fx %9.2fs %10.0f",
                        size, Stats.percentile(ours.wall, 50), Stats.percentile(ours.wall, 90),
                        Stats.percentile(ours.cpu, 50), Stats.percentile(cli.wall, 50), Stats.percentile(cli.cpu, 50),
                        wallX, cpuX, readSeconds, (double) bytes / done));
                aims.add(Stats.f("commit at %d runs: p50 %.1f ms wall, %.1f ms CPU (aim at 100k: < 20 ms, >= 30x"
                                + " the git CLI) | git CLI %.1f ms wall, %.1f ms CPU: %.1fx wall, %.1fx CPU", size,
                        Stats.percentile(ours.wall, 50), Stats.percentile(ours.cpu, 50), Stats.percentile(cli.wall, 50),
                        Stats.percentile(cli.cpu, 50), wallX, cpuX));
                lastCli = cli;
            }
            aims.add(firstCommitInFreshJvm(store, lastCli));
        } finally {
            deleteTree(root);
        }
        System.out.println("aim | measured | reference measured in this run:");
        aims.forEach(a -> System.out.println("  " + a));
    }

    /** Per-commit wall and CPU milliseconds. */
    private record Commits(List<Double> wall, List<Double> cpu) {
        Commits() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    private static byte[] runJson(String process, Instant t, int i) {
        RunRecord r = Records.full(process, String.format("%040x", i), t, 1 + (i % 17) * 0.1);
        return RunJson.write(r);
    }

    /** Bulk-fills with the real writer, one commit per 1,000 runs. */
    private static void fill(Path store, int from, int to) {
        try (GitStore s = GitStore.open(store)) {
            List<RunFiles> batch = new ArrayList<>();
            Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
            for (int i = from; i < to; i++) {
                String p = PROCESSES[i % PROCESSES.length];
                Instant t = t0.plusSeconds(60L * i);
                batch.add(RunFiles.of(p, t, runJson(p, t, i)));
                if (batch.size() == 1000 || i == to - 1) {
                    s.writeAll(batch, "bulk " + batch.size());
                    batch.clear();
                }
            }
        }
    }

    private static Commits strataCommits(Path store, int n) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Commits c = new Commits();
        try (GitStore s = GitStore.open(store)) {
            for (int i = 0; i < 5; i++) { // warm-up
                Instant t = Instant.now();
                s.write(RunFiles.of("warmup", t, runJson("warmup", t, i)));
            }
            for (int i = 0; i < n; i++) {
                Instant t = Instant.now();
                byte[] json = runJson("ingest-pbmc3k", t, i);
                long cpu = threads.getCurrentThreadCpuTime();
                long a = System.nanoTime();
                s.write(RunFiles.of("ingest-pbmc3k", t, json));
                c.wall.add((System.nanoTime() - a) / 1e6);
                c.cpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
        return c;
    }

    /** The same run through the git CLI: write the file into the work tree, add, commit. */
    private static Commits gitCliCommits(Path store, Path work, int n) throws Exception {
        String gitDir = "--git-dir=" + store;
        String workTree = "--work-tree=" + work;
        Git.ok(store, workTree, "checkout", "-q", "-f", "main");
        Commits c = new Commits();
        double cpuBefore = Timed.reapedChildrenCpuMs();
        for (int i = 0; i < n; i++) {
            Instant t = Instant.now();
            String folder = "ingest-pbmc3k/cli-" + System.nanoTime();
            byte[] json = runJson("ingest-pbmc3k", t, i);
            long a = System.nanoTime();
            Files.createDirectories(work.resolve(folder));
            Files.write(work.resolve(folder + "/run.json"), json);
            Timed.run(work, List.of("git", gitDir, workTree, "add", folder));
            Timed.run(work, List.of("git", gitDir, workTree, "-c", "user.name=bench", "-c", "user.email=bench@strata.invalid",
                    "commit", "-q", "-m", "run " + folder));
            c.wall.add((System.nanoTime() - a) / 1e6);
        }
        // per commit: the mean over all of them (GNU time rounds each process to 10 ms)
        double mean = (Timed.reapedChildrenCpuMs() - cpuBefore) / n;
        for (int i = 0; i < n; i++) {
            c.cpu.add(mean);
        }
        return c;
    }

    private static double readAll(Path store) {
        long a = System.nanoTime();
        int n = 0;
        long listed;
        // the collector's own view: JGit's tree walk and the record's full data binding (the reporter's
        // streaming read of the same runs is in ExportBenchmark)
        try (GitStore s = GitStore.open(store); ObjectReader r = s.repository().newObjectReader();
             TreeWalk walk = new TreeWalk(r)) {
            walk.addTree(s.repository().resolve(s.refName() + "^{tree}"));
            walk.setRecursive(true);
            walk.setFilter(PathSuffixFilter.create("/run.json"));
            List<String[]> entries = new ArrayList<>();
            while (walk.next()) {
                entries.add(new String[]{walk.getPathString(), walk.getObjectId(0).name()});
            }
            listed = System.nanoTime();
            for (String[] e : entries) {
                RunJson.read(r.open(ObjectId.fromString(e[1])).getCachedBytes(Integer.MAX_VALUE), e[0]);
                n++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double sec = (System.nanoTime() - a) / 1e9;
        System.out.println(Stats.f("  read %d runs: list %.2f s, read+parse %.2f s", n, (listed - a) / 1e9,
                sec - (listed - a) / 1e9));
        if (n == 0) {
            throw new IllegalStateException("read no runs");
        }
        return sec;
    }

    /** Whole processes: a JVM that opens the store and commits one run, against one git add + commit. */
    private static String firstCommitInFreshJvm(Path store, Commits cli) throws Exception {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        String inside = "";
        for (int i = 0; i < 5; i++) {
            Timed t = Timed.run(store, Git.javaCommand(OneCommitMain.class, store.toString()));
            wall.add(t.wallMs());
            cpu.add(t.cpuMs());
            inside = t.out().strip();
        }
        String line = Stats.f("first commit in a fresh JVM (JDK %s, no class archive), whole process: median %.0f ms wall,"
                        + " %.0f ms CPU over 5 (aim < 500 ms; inside: %s) | git CLI add + commit, fresh processes too:"
                        + " %.0f ms wall, %.0f ms CPU: %.2fx wall", System.getProperty("java.version"),
                Stats.percentile(wall, 50), Stats.percentile(cpu, 50), inside,
                Stats.percentile(cli.wall, 50), Stats.percentile(cli.cpu, 50),
                Stats.percentile(wall, 50) / Stats.percentile(cli.wall, 50));
        System.out.println(line);
        return line;
    }

    /** One commit in a new JVM; prints the time from JVM start to the commit being done. */
    public static final class OneCommitMain {
        public static void main(String[] args) {
            // the process handle, not the management beans: those load a few hundred classes themselves
            long jvmStart = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            Instant t = Instant.now();
            byte[] json = runJson("fresh", t, 1); // the record is the caller's; the commit is what is timed
            long a = System.nanoTime();
            try (GitStore s = GitStore.open(Path.of(args[0]))) {
                s.write(RunFiles.of("fresh", t, json));
            }
            double commitMs = (System.nanoTime() - a) / 1e6;
            System.out.println(Stats.f("open+commit %.0f ms, JVM start to done %d ms", commitMs,
                    System.currentTimeMillis() - jvmStart));
        }
    }

    private static long du(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
