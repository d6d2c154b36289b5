package dev.strata.bench;

import dev.strata.measure.Launcher;
import dev.strata.profilers.Availability;
import dev.strata.profilers.Profiler;
import dev.strata.profilers.Profilers;
import dev.strata.run.Collector;
import dev.strata.run.MeasuredRun;
import dev.strata.run.RunRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What each profiler costs the workload it profiles: the same fixed amount of work measured by
 * strata's run path without a profiler and with it, interleaved, n times each. Prints the
 * workload's wall time (median) with and without, their ratio, and the time the profiler needs
 * after the workload (converting its output, drawing the flamegraph). Run:
 * {@code bench/run ProfilerOverheadBenchmark [n] [profiler,...]} (default 5, every profiler that can run here).
 */
public final class ProfilerOverheadBenchmark {

    record Case(String profiler, String language, List<String> command) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> only = args.length > 1 ? List.of(args[1].split(",")) : null;
        Path dir = Files.createTempDirectory("strata-profiler-overhead");
        List<Case> cases = cases(dir);
        Collector collector = new Collector(Launcher.withSystemTime(), System.getenv(), w -> { });
        System.out.println("each workload does a fixed amount of work; " + n + " runs with and without, interleaved");
        System.out.println(Stats.f("%-18s %-10s %12s %12s %8s %14s", "profiler", "workload", "wall without",
                "wall with", "ratio", "after the run"));
        for (String spec : List.of("py-spy", "py-spy:rate=1000", "py-spy:nonblocking", "perf", "perf:callgraph=fp",
                "rprof", "memray", "heaptrack", "jfr")) {
            String name = spec.split(":")[0];
            if (only != null && !only.contains(name) && !only.contains(spec)) {
                continue;
            }
            Case c = cases.stream().filter(x -> x.profiler().equals(name)).findFirst().orElseThrow();
            Profiler p = Profilers.parseOne(spec);
            Availability a = p.availability(c.command());
            if (!a.usable()) {
                System.out.println(Stats.f("%-18s not available here: %s", spec, a.message()));
                continue;
            }
            List<Double> without = new ArrayList<>();
            List<Double> with = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                without.add(wall(collector, c, List.of(), dir, null));
                with.add(wall(collector, c, List.of(Profilers.parseOne(spec)), dir, after));
            }
            double w0 = Stats.percentile(without, 50);
            double w1 = Stats.percentile(with, 50);
            System.out.println(Stats.f("%-18s %-10s %10.3f s %10.3f s %8.2f %12.3f s", spec, c.language(), w0, w1,
                    w1 / w0, Stats.percentile(after, 50)));
        }
        System.out.println("ratio: wall with the profiler / without (1.00 = no cost to the workload);"
                + " after the run: strata's time from the workload's end to the record (profile conversion)");
    }

    /** The workload's wall time from the record; the time after it (to the finished record) into {@code after}. */
    private static double wall(Collector c, Case k, List<Profiler> profilers, Path dir, List<Double> after)
            throws Exception {
        long t0 = System.nanoTime();
        try (MeasuredRun m = c.measure(RunRequest.builder(k.command(), dir).name("overhead").profilers(profilers)
                .sampleIntervalMillis(100).build())) {
            double total = (System.nanoTime() - t0) / 1e9;
            double wall = m.record().metrics().wallSeconds();
            if (after != null) {
                after.add(Math.max(0, total - wall));
                if (m.record().profiles() == null) {
                    System.out.println("  (no profile: " + m.record().warnings() + ")");
                }
            }
            return wall;
        }
    }

    private static List<Case> cases(Path dir) throws Exception {
        Files.writeString(dir.resolve("work.py"), """
                def hot_loop(n):
                    s = 0
                    for i in range(n):
                        s += i * i % 7
                    return s
                blocks = [bytearray(1 << 20) for _ in range(50)]
                for _ in range(30):
                    hot_loop(100000)
                """);
        Files.writeString(dir.resolve("work.c"), """
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>
                __attribute__((noinline)) double burn(long n) {
                    double s = 0;
                    for (long i = 1; i < n; i++) s += 1.0 / (double) i;
                    return s;
                }
                int main(void) {
                    double acc = 0;
                    for (int k = 0; k < 200; k++) {
                        char *p = malloc(1 << 20);
                        memset(p, k, 1 << 20);
                        acc += burn(1000000) + p[k];
                        free(p);
                    }
                    printf("%d\\n", acc > 0);
                    return 0;
                }
                """);
        Process gcc = new ProcessBuilder("gcc", "-O1", "-g", "-o", dir.resolve("work").toString(),
                dir.resolve("work.c").toString()).inheritIO().start();
        if (gcc.waitFor() != 0) {
            throw new IllegalStateException("gcc failed (apt-get install gcc)");
        }
        Files.writeString(dir.resolve("work.R"), """
                hot <- function(n) { s <- 0; for (i in seq_len(n)) s <- s + sqrt(i) %% 3; s }
                for (k in 1:30) hot(100000)
                """);
        Files.writeString(dir.resolve("Work.java"), """
                public class Work {
                    static double hot(int n) { double s = 0; for (int i = 1; i < n; i++) s += Math.sqrt(i) % 3; return s; }
                    public static void main(String[] a) { double s = 0; for (int k = 0; k < 40; k++) s += hot(5_000_000); System.out.println(s > 0); }
                }
                """);
        String py = dir.resolve("work.py").toString();
        String c = dir.resolve("work").toString();
        return List.of(new Case("py-spy", "python", List.of("python3", py)),
                new Case("memray", "python", List.of("python3", py)),
                new Case("perf", "c", List.of(c)),
                new Case("heaptrack", "c", List.of(c)),
                new Case("rprof", "r", List.of("Rscript", dir.resolve("work.R").toString())),
                new Case("jfr", "java", List.of("java", dir.resolve("Work.java").toString())));
    }
}
