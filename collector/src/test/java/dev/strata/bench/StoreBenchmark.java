package dev.strata.bench;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.store.StoreReader;
import dev.strata.testing.Git;
import dev.strata.testing.Records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Store commit latency at 1k, 10k and 100k runs against {@code git add && git commit} on the same
 * store, the first commit in a fresh JVM, reading every run.json at the tip, and size per run.
 * Run: {@code bench/run StoreBenchmark [sizes, default 1000,10000,100000]}.
 */
public final class StoreBenchmark {

    private static final String[] PROCESSES = {"ingest-pbmc3k", "normalize", "cluster-leiden", "export-h5ad",
            "query-obs", "read-x"};

    public static void main(String[] args) throws Exception {
        String sizesArg = args.length > 0 ? args[0] : "1000,10000,100000";
        Path root = Files.createTempDirectory("strata-store-bench");
        System.out.println("strata store benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
        System.out.println(Stats.f("%-8s %10s %10s %10s %10s %8s %12s %10s", "runs", "strata p50", "strata p90",
                "git p50", "git p90", "speedup", "read all", "bytes/run"));
        try {
            int done = 0;
            Path store = root.resolve("store");
            Files.createDirectories(store);
            Git.ok(store, "init", "-q", "-b", "main");
            for (String s : sizesArg.split(",")) {
                int size = Integer.parseInt(s.trim());
                fill(store, done, size);
                done = size;
                Git.ok(store, "gc", "-q");
                Git.ok(store, "checkout", "-q", "-f", "main");
                Git.ok(store, "reset", "-q", "--hard");
                List<Double> ours = strataCommits(store, 50);
                List<Double> cli = gitCliCommits(store, size >= 50_000 ? 10 : 20);
                done += 50 + cli.size();
                double readSeconds = readAll(store);
                Git.ok(store, "gc", "-q");
                long bytes = du(store.resolve(".git/objects"));
                double ratio = Stats.percentile(cli, 50) / Stats.percentile(ours, 50);
                System.out.println(Stats.f("%-8d %8.1fms %8.1fms %8.1fms %8.1fms %7.0fx %10.2fs %10.0f", size,
                        Stats.percentile(ours, 50), Stats.percentile(ours, 90), Stats.percentile(cli, 50),
                        Stats.percentile(cli, 90), ratio, readSeconds, (double) bytes / done));
            }
            firstCommitInFreshJvm(store);
        } finally {
            deleteTree(root);
        }
        System.out.println("aims: p50 < 20 ms, p90 < 40 ms, flat 1k..100k; >= 30x the git CLI at 100k; "
                + "first commit in a fresh JVM < 500 ms; read all at 100k < 3 s");
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

    private static List<Double> strataCommits(Path store, int n) {
        List<Double> ms = new ArrayList<>();
        try (GitStore s = GitStore.open(store)) {
            for (int i = 0; i < 5; i++) { // warm-up
                Instant t = Instant.now();
                s.write(RunFiles.of("warmup", t, runJson("warmup", t, i)));
            }
            for (int i = 0; i < n; i++) {
                Instant t = Instant.now();
                byte[] json = runJson("ingest-pbmc3k", t, i);
                long a = System.nanoTime();
                s.write(RunFiles.of("ingest-pbmc3k", t, json));
                ms.add((System.nanoTime() - a) / 1e6);
            }
        }
        return ms;
    }

    /** The same run through the git CLI: write the file into the work tree, add, commit. */
    private static List<Double> gitCliCommits(Path store, int n) throws IOException {
        Git.ok(store, "checkout", "-q", "-f", "main");
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant t = Instant.now();
            String folder = "ingest-pbmc3k/cli-" + System.nanoTime();
            byte[] json = runJson("ingest-pbmc3k", t, i);
            long a = System.nanoTime();
            Files.createDirectories(store.resolve(folder));
            Files.write(store.resolve(folder + "/run.json"), json);
            Git.ok(store, "add", folder);
            Git.ok(store, "commit", "-q", "-m", "run " + folder);
            ms.add((System.nanoTime() - a) / 1e6);
        }
        return ms;
    }

    private static double readAll(Path store) {
        long a = System.nanoTime();
        int n = 0;
        long listed;
        try (GitStore s = GitStore.open(store); StoreReader r = new StoreReader(s.repository())) {
            List<StoreReader.RunEntry> entries = r.list(r.treeOf(s.refName()));
            listed = System.nanoTime();
            for (StoreReader.RunEntry e : entries) {
                RunJson.read(r.read(e.runJsonBlob()), e.path());
                n++;
            }
        }
        double sec = (System.nanoTime() - a) / 1e9;
        System.out.println(Stats.f("  read %d runs: list %.2f s, read+parse %.2f s", n, (listed - a) / 1e9,
                sec - (listed - a) / 1e9));
        if (n == 0) {
            throw new IllegalStateException("read no runs");
        }
        return sec;
    }

    private static void firstCommitInFreshJvm(Path store) throws Exception {
        List<Double> wall = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long a = System.nanoTime();
            Process p = new ProcessBuilder(Git.javaCommand(OneCommitMain.class, store.toString()))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            wall.add((System.nanoTime() - a) / 1e6);
            if (i == 4) {
                System.out.println("first commit in a fresh JVM: " + out.strip()
                        + Stats.f("; whole process (JVM start to exit) median %.0f ms over 5", Stats.percentile(wall, 50)));
            }
        }
    }

    /** One commit in a new JVM; prints the time from JVM start to the commit being done. */
    public static final class OneCommitMain {
        public static void main(String[] args) {
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            long a = System.nanoTime();
            try (GitStore s = GitStore.open(Path.of(args[0]))) {
                Instant t = Instant.now();
                s.write(RunFiles.of("fresh", t, runJson("fresh", t, 1)));
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
