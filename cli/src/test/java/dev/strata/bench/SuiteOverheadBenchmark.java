package dev.strata.bench;

import dev.strata.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code strata suite run} costs per repetition beyond the workload itself: a suite of one
 * process, {@code true}, at 1, 100 and 1,000 repetitions, in one JVM as users run it. The
 * harness cost is the suite's wall time minus the workloads' own wall times (from their records),
 * divided by the repetitions. Reference, measured in the same run: starting {@code /usr/bin/time true}
 * from Java, which every measured run pays anyway.
 *
 * <p>Usage: {@code bench/run SuiteOverheadBenchmark [1,100,1000]}
 */
public final class SuiteOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        String[] counts = (args.length > 0 ? args[0] : "1,100,1000").split(",");
        double reference = referenceMillis(200);
        System.out.printf(Locale.ROOT, "reference: /usr/bin/time true started from Java: %.2f ms per run%n", reference);
        System.out.printf(Locale.ROOT, "%12s  %12s  %16s  %18s  %10s%n", "repetitions", "suite wall", "workloads' wall",
                "harness per rep.", "x reference");
        for (String c : counts) {
            int n = Integer.parseInt(c.trim());
            Path dir = Files.createTempDirectory("strata-suite-bench");
            Path suite = dir.resolve("bench.suite.yaml");
            Files.writeString(suite, "processes:\n  - name: nothing\n    command: [\"true\"]\n    repetitions: " + n + "\n");
            Path store = dir.resolve("store");
            long t0 = System.nanoTime();
            StringWriter out = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "suite", "run", suite.toString(),
                    "--store", store.toString(), "--repo", dir.toString());
            double wall = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("suite run exited " + code);
            }
            double workloads = dev.strata.bench.SuiteRecords.wallSum(store);
            double perRep = (wall - workloads) / n * 1000;
            System.out.printf(Locale.ROOT, "%12d  %10.2f s  %14.2f s  %15.2f ms  %10.1f%n", n, wall, workloads, perRep,
                    perRep / reference);
        }
    }

    private static double referenceMillis(int n) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Process p = new ProcessBuilder("/usr/bin/time", "-o", "/dev/null", "true").inheritIO().start();
            p.waitFor();
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }
}
