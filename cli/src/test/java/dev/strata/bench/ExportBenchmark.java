package dev.strata.bench;

import dev.strata.export.ExportFormats;
import dev.strata.export.Exporter;
import dev.strata.export.Form;
import dev.strata.export.RunFilter;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;
import dev.strata.importer.HistoryCsv;
import dev.strata.importer.ImportReport;
import dev.strata.importer.ImportedPoint;
import dev.strata.importer.Importer;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Records;
import org.eclipse.jgit.lib.RefUpdate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Reading and exporting 100,000 runs, and import of the largest real history.
 *
 * <p>The store is written by the real writer ({@code GitStore.writeAll}, 1,000 runs per commit),
 * packed with {@code git gc}, and kept under {@code cli/target/bench/} for reruns. Measured in-process
 * after a JIT warm-up, wall and CPU (all threads, GC included): reading every run.json at the tip into
 * summaries without the cache (aim < 2 s); exporting a fifth of the runs against {@code git cat-file
 * --batch} of the same run.json blobs (aim: at most 3x git's time), without and with the summary
 * cache; exporting all runs (aim < 5 s). Then the real command in its own JVM under GNU time (peak RSS).
 *
 * <p>Usage: {@code bench/run ExportBenchmark [RUNS] [--in-process]} (default 100000; {@code --in-process} leaves
 * out the child JVMs and the import, for profiling).
 */
public final class ExportBenchmark {

    private static final int BATCH = 1000;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // --in-process: only the in-process figures (for profiling them)
        boolean inProcessOnly = List.of(args).contains("--in-process");
        int small = runs / 10;
        int middle = runs / 5;
        Path root = Path.of(System.getProperty("strata.root", "."));
        Path bench = root.resolve("cli/target/bench");
        Path store = bench.resolve("export-store-" + runs);
        ensureStore(store, runs, small);
        System.out.printf(Locale.ROOT, "%d cores, load average %.1f at the start%n",
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());

        try (GitStore s = GitStore.open(store)) {
            String smallRef = "refs/tags/at-" + small;
            String middleRef = tagAt(s, middle);
            // warm the JIT on the small revision: the figures below are of a JVM that has read runs before
            for (int i = 0; i < 3; i++) {
                export(s, smallRef, bench.resolve("warmup.csv"), null);
            }

            // reading every run.json at the tip, no cache: listing, then streaming every record into its summary
            Timing best = null;
            double listSeconds = 0;
            int read = 0;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                try (StoreSnapshot snapshot = new StoreSnapshot(s.repository())) {
                    snapshot.folders(s.refName());
                    listSeconds = seconds(t0);
                }
                Timing t = timed(() -> {
                    try (StoreSnapshot snapshot = new StoreSnapshot(s.repository())) {
                        return snapshot.load(s.refName(), SummaryCache.none(), w -> { }).runs().size();
                    }
                });
                read = t.count;
                best = best == null || t.wall < best.wall ? t : best;
            }
            System.out.printf(Locale.ROOT, "read every run.json at the tip (%,d runs, no cache), best of 3: %.2f s wall,"
                    + " %.2f s CPU (list %.2f s, read + parse the rest); aim < 2 s%n", read, best.wall, best.cpu, listSeconds);

            // the reference: git itself handing out the same run.json blobs of the middle revision
            Path ids = bench.resolve("blobs-" + middle + ".txt");
            int blobs = writeBlobIds(s, middleRef, ids);
            Timing git = null;
            for (int i = 0; i < 3; i++) {
                Timing t = catFile(store, ids, blobs);
                git = git == null || t.wall < git.wall ? t : git;
            }
            Path cacheFile = bench.resolve("export-cache.bin.gz");
            Files.deleteIfExists(cacheFile);
            Timing cold = timed(() -> export(s, middleRef, bench.resolve("export-" + middle + ".csv"), null));
            Timing firstWithCache = timed(() -> export(s, middleRef, bench.resolve("export-" + middle + ".csv"), cacheFile));
            Timing warm = timed(() -> export(s, middleRef, bench.resolve("export-" + middle + ".csv"), cacheFile));
            System.out.printf(Locale.ROOT, "git cat-file --batch of the %,d run.json blobs of %,d runs: %.2f s wall,"
                    + " %.2f s CPU (best of 3)%n", blobs, middle, git.wall, git.cpu);
            System.out.printf(Locale.ROOT, "export %,d runs to CSV, no cache: %.2f s wall, %.2f s CPU = %.1fx git's wall,"
                    + " %.1fx its CPU (aim <= 3x); with the summary cache: %.2f s wall, %.2f s CPU = %.1fx git's wall,"
                    + " %.1fx its CPU (filling it: %.2f s)%n", cold.count, cold.wall, cold.cpu, cold.wall / git.wall,
                    cold.cpu / git.cpu, warm.wall, warm.cpu, warm.wall / git.wall, warm.cpu / git.cpu, firstWithCache.wall);

            Files.deleteIfExists(cacheFile);
            Path csv = bench.resolve("export-" + runs + ".csv");
            Timing bigCold = timed(() -> export(s, s.refName(), csv, null));
            timed(() -> export(s, s.refName(), csv, cacheFile));
            Timing bigWarm = timed(() -> export(s, s.refName(), csv, cacheFile));
            long bytes = Files.size(csv);
            System.out.printf(Locale.ROOT, "export %,d runs to CSV (in-process, %.1f MB of CSV): no cache %.2f s wall,"
                    + " %.2f s CPU; with the summary cache %.2f s wall, %.2f s CPU; aim < 5 s; load average %.1f%n",
                    bigCold.count, bytes / 1e6, bigCold.wall, bigCold.cpu, bigWarm.wall, bigWarm.cpu,
                    OS.getSystemLoadAverage());

            if (inProcessOnly) {
                return;
            }
            // the real command in its own JVM: the first export fills the store's cache, the second reads it
            Files.deleteIfExists(SummaryCache.of(s.repository()));
            String[] smallRun = child(store, smallRef, null, root);
            Files.deleteIfExists(SummaryCache.of(s.repository()));
            String[] bigFirst = child(store, null, null, root);
            String[] bigAgain = child(store, null, null, root);
            System.out.printf(Locale.ROOT, "strata export (own JVM, default heap): %,d runs %s s, peak RSS %s MiB;"
                    + " %,d runs %s s (cache filled), again %s s (from the cache), peak RSS %s MiB%n", small,
                    smallRun[0], mib(smallRun[1]), runs, bigFirst[0], bigAgain[0], mib(bigAgain[1]));
        }
        importLargestHistory(root);
    }

    /** A measured piece of work: wall and CPU seconds (every thread of this JVM, incl. GC) and what it counted. */
    private record Timing(double wall, double cpu, int count) {
    }

    private interface Work {
        int run() throws Exception;
    }

    private static Timing timed(Work w) throws Exception {
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        int n = w.run();
        return new Timing(seconds(t0), (OS.getProcessCpuTime() - cpu0) / 1e9, n);
    }

    private static int export(GitStore s, String rev, Path out, Path cacheFile) throws IOException {
        try (StoreSnapshot snapshot = new StoreSnapshot(s.repository());
             Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            SummaryCache cache = cacheFile == null ? SummaryCache.none() : SummaryCache.open(cacheFile);
            List<RunSummary> runs = snapshot.load(rev, cache, m -> System.err.println("warning: " + m)).runs();
            cache.save();
            return Exporter.export(runs, new Exporter.Request(RunFilter.ALL, List.of(), Form.WIDE,
                    ExportFormats.CSV), w);
        }
    }

    /** The tag on the commit that holds {@code n} runs (1,000 per commit), made on first use. */
    private static String tagAt(GitStore s, int n) throws IOException {
        String tag = "refs/tags/at-" + n;
        if (s.repository().resolve(tag) == null) {
            try (org.eclipse.jgit.revwalk.RevWalk rw = new org.eclipse.jgit.revwalk.RevWalk(s.repository())) {
                rw.markStart(rw.parseCommit(s.tip()));
                rw.sort(org.eclipse.jgit.revwalk.RevSort.REVERSE);
                int i = 0;
                for (var c : rw) {
                    if (++i == n / BATCH) {
                        RefUpdate ru = s.repository().updateRef(tag);
                        ru.setNewObjectId(c);
                        ru.update();
                        break;
                    }
                }
            }
        }
        return tag;
    }

    private static int writeBlobIds(GitStore s, String rev, Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        try (StoreSnapshot snapshot = new StoreSnapshot(s.repository())) {
            for (StoreSnapshot.Folder f : snapshot.folders(rev)) {
                sb.append(snapshot.runJsonBlob(f).name()).append('\n');
                n++;
            }
        }
        Files.writeString(out, sb);
        return n;
    }

    /** {@code git cat-file --batch} with the blob ids on stdin, under GNU time; output discarded. */
    private static Timing catFile(Path store, Path ids, int n) throws Exception {
        Path report = Files.createTempFile("strata-bench-time", ".txt");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", report.toString(), "git", "-C",
                    store.toString(), "cat-file", "--batch").redirectInput(ids.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("git cat-file failed");
            }
            double wall = seconds(t0);
            String[] us = Files.readString(report).trim().lines().reduce((x, y) -> y).orElse("0 0").split("\\s+");
            return new Timing(wall, Double.parseDouble(us[0]) + Double.parseDouble(us[1]), n);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** Runs {@code strata export} in its own JVM under GNU time; returns {seconds, peak RSS KiB}. */
    private static String[] child(Path store, String ref, String heap, Path root) throws Exception {
        Path out = root.resolve("cli/target/bench/child.csv");
        Path timeOut = root.resolve("cli/target/bench/child.time");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timeOut.toString(),
                ProcessHandle.current().info().command().orElse("java")));
        if (heap != null) {
            cmd.add(heap);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.strata.cli.Main", "export",
                "--store", store.toString(), "-o", out.toString()));
        if (ref != null) {
            cmd.addAll(List.of("--ref", ref));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        String[] fields = Files.readString(timeOut).trim().lines().reduce((a, b) -> b).orElse("").split(" ");
        if (code != 0) {
            throw new IllegalStateException("strata export " + (heap == null ? "" : heap) + " failed with " + code
                    + ": " + Files.readString(timeOut));
        }
        return fields;
    }

    private static double kib(String s) {
        return Double.parseDouble(s);
    }

    private static String mib(String kib) {
        return String.format(Locale.ROOT, "%.0f", kib(kib) / 1024);
    }

    /** Builds the store once: {@code runs} realistic records, 1,000 per commit, then packs it. */
    private static void ensureStore(Path store, int runs, int small) throws Exception {
        Path done = store.resolve("strata-bench-complete");
        if (Files.exists(done)) {
            System.out.printf(Locale.ROOT, "store: %s (%,d runs, packed; reused)%n", store, runs);
            return;
        }
        deleteTree(store);
        Random random = new Random(42);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        long t0 = System.nanoTime();
        try (GitStore s = GitStore.openOrCreate(store)) {
            for (int written = 0; written < runs; ) {
                List<RunFiles> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH && written < runs; i++, written++) {
                    byte[] sha = new byte[20];
                    random.nextBytes(sha);
                    String process = String.format(Locale.ROOT, "ingest-%02d", written % 20);
                    Instant at = start.plusSeconds(written * 300L);
                    RunRecord r = Records.full(process, HexFormat.of().formatHex(sha), at, 1 + random.nextDouble() * 10);
                    batch.add(RunFiles.of(process, at, RunJson.write(r)));
                }
                s.writeAll(batch, "bench: " + batch.size() + " runs");
                if (written == small) {
                    RefUpdate ru = s.repository().updateRef("refs/tags/at-" + small);
                    ru.setNewObjectId(s.tip());
                    ru.update();
                }
                if (written % 10_000 == 0) {
                    System.out.printf(Locale.ROOT, "store: %,d runs written (%.0f s)%n", written, seconds(t0));
                }
            }
        }
        double writeSeconds = seconds(t0);
        t0 = System.nanoTime();
        Process gc = new ProcessBuilder("git", "-C", store.toString(), "gc", "-q").inheritIO().start();
        if (gc.waitFor() != 0) {
            throw new IllegalStateException("git gc failed");
        }
        System.out.printf(Locale.ROOT, "store: %,d runs written with GitStore.writeAll in %.1f s (%,d per commit),"
                + " git gc %.1f s%n", runs, writeSeconds, BATCH, seconds(t0));
        Files.writeString(done, "ok\n");
    }

    private static void importLargestHistory(Path root) throws Exception {
        Path csv = Path.of(System.getProperty("strata.shared", root.resolve("../shared").toString()),
                "data/histories/django-asv.csv.gz");
        Path store = root.resolve("cli/target/bench/import-store");
        deleteTree(store);
        long t0 = System.nanoTime();
        List<ImportedPoint> points;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(csv)),
                StandardCharsets.UTF_8))) {
            points = HistoryCsv.parse(r, csv.getFileName().toString());
        }
        double parseSeconds = seconds(t0);
        try (GitStore s = GitStore.openOrCreate(store)) {
            t0 = System.nanoTime();
            ImportReport first = new Importer(s, BATCH, m -> { }).run(points, "csv django-asv.csv.gz");
            double importSeconds = seconds(t0);
            t0 = System.nanoTime();
            ImportReport again = new Importer(s, BATCH, m -> { }).run(points, "csv django-asv.csv.gz");
            double againSeconds = seconds(t0);
            System.out.printf(Locale.ROOT, "import django-asv.csv.gz: %,d points parsed in %.2f s; %,d runs written"
                    + " in %.1f s (%,d commits, %,.0f runs/s); total %.1f s%n", points.size(), parseSeconds,
                    first.added(), importSeconds, first.commits(), first.added() / importSeconds,
                    parseSeconds + importSeconds);
            System.out.printf(Locale.ROOT, "import again: %,d added, %,d already there, %.1f s (reading the %,d"
                    + " existing runs, loose objects); first / again = %.2f%n", again.added(), again.alreadyPresent(),
                    againSeconds, first.added(), importSeconds / againSeconds);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
