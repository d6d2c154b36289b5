package dev.strata.bench;

import dev.strata.export.ExportFormats;
import dev.strata.export.Exporter;
import dev.strata.export.Form;
import dev.strata.export.RunFilter;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.importer.HistoryCsv;
import dev.strata.importer.ImportReport;
import dev.strata.importer.ImportedPoint;
import dev.strata.importer.Importer;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Records;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
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
 * Export of 100,000 runs to CSV, and import of the largest real history.
 *
 * <p>The store is written by the real writer ({@code GitStore.writeAll}, 1,000 runs per commit),
 * packed with {@code git gc}, and kept under {@code cli/target/bench/} for reruns. Export time is
 * measured in-process and compared with the floor: reading every run.json blob without parsing.
 * Memory is measured on the real command in a child JVM under GNU time ({@code %M}, peak RSS),
 * at 10,000 runs (a tag on the commit that held them) and at 100,000, with the default heap and
 * with {@code -Xmx64m}, which only a streaming export survives (the records alone are ~200 MB).
 *
 * <p>Usage: {@code bench/run ExportBenchmark [RUNS]} (default 100000).
 */
public final class ExportBenchmark {

    private static final int BATCH = 1000;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int small = runs / 10;
        Path root = Path.of(System.getProperty("strata.root", "."));
        Path store = root.resolve("cli/target/bench/export-store-" + runs);
        ensureStore(store, runs, small);

        try (GitStore s = GitStore.open(store)) {
            String smallRef = "refs/tags/at-" + small;
            long t0 = System.nanoTime();
            int blobs = readAllBlobs(s, s.refName());
            double readSeconds = seconds(t0);
            for (int i = 0; i < 3; i++) {
                export(s, smallRef, root.resolve("cli/target/bench/warmup.csv"));
            }
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            t0 = System.nanoTime();
            int exported = export(s, s.refName(), root.resolve("cli/target/bench/export-" + runs + ".csv"));
            double exportSeconds = seconds(t0);
            double exportCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            t0 = System.nanoTime();
            blobs = readAllBlobs(s, s.refName());
            readSeconds = Math.min(readSeconds, seconds(t0));
            long bytes = Files.size(root.resolve("cli/target/bench/export-" + runs + ".csv"));
            System.out.printf(Locale.ROOT, "export %,d runs to CSV (in-process): %.2f s wall, %.2f s CPU (all"
                    + " threads, incl. GC; %,.0f runs/s, %.1f MB of CSV); load average %.1f on %d cores%n", exported,
                    exportSeconds, exportCpu, exported / exportSeconds, bytes / 1e6, os.getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "reference, reading every run.json blob (%,d) without parsing: %.2f s;"
                    + " export / reference = %.2f (export reads twice: columns, then rows)%n",
                    blobs, readSeconds, exportSeconds / readSeconds);

            String[] smallRun = child(store, smallRef, null, root);
            String[] bigRun = child(store, null, null, root);
            String[] smallCapped = child(store, smallRef, "-Xmx64m", root);
            String[] bigCapped = child(store, null, "-Xmx64m", root);
            System.out.printf(Locale.ROOT, "strata export (own JVM, default heap): %,d runs %s s, peak RSS %s MiB;"
                    + " %,d runs %s s, peak RSS %s MiB; ratio %.2f%n", small, smallRun[0], mib(smallRun[1]), runs,
                    bigRun[0], mib(bigRun[1]), kib(bigRun[1]) / kib(smallRun[1]));
            System.out.printf(Locale.ROOT, "strata export (own JVM, -Xmx64m):      %,d runs %s s, peak RSS %s MiB;"
                    + " %,d runs %s s, peak RSS %s MiB; ratio %.2f%n", small, smallCapped[0], mib(smallCapped[1]),
                    runs, bigCapped[0], mib(bigCapped[1]), kib(bigCapped[1]) / kib(smallCapped[1]));
        }
        importLargestHistory(root);
    }

    private static int export(GitStore s, String rev, Path out) throws IOException {
        try (StoreSnapshot snapshot = new StoreSnapshot(s.repository());
             Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            List<RunSummary> runs = snapshot.load(rev, m -> System.err.println("warning: " + m)).runs();
            return Exporter.export(runs, new Exporter.Request(RunFilter.ALL, List.of(), Form.WIDE,
                    ExportFormats.CSV), w);
        }
    }

    private static int readAllBlobs(GitStore s, String rev) {
        int[] n = {0};
        long[] bytes = {0};
        try (StoreSnapshot snapshot = new StoreSnapshot(s.repository());
             ObjectReader reader = s.repository().newObjectReader()) {
            for (StoreSnapshot.Folder f : snapshot.folders(rev)) {
                try {
                    bytes[0] += reader.open(snapshot.runJsonBlob(f), Constants.OBJ_BLOB)
                            .getCachedBytes(Integer.MAX_VALUE).length;
                    n[0]++;
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return n[0];
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
