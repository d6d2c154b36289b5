package dev.strata.bench;

import dev.strata.testing.Git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code strata run} adds to a command: {@code ./strata run -- CMD} (the launcher, with its
 * class-data-sharing archive) against {@code /usr/bin/time CMD}, whole-process wall time,
 * interleaved so both see the same machine. Run: {@code bench/run RunOverheadBenchmark [n] [seconds]}
 * (seconds > 0 adds a CPU-bound workload of that length, e.g. 5).
 */
public final class RunOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        Path root = Path.of(System.getProperty("strata.root", "."));
        Path launcher = root.resolve("strata");
        Path work = Files.createTempDirectory("strata-overhead");
        List<String> workload = seconds > 0
                ? List.of("python3", "-c", "import time\nt=time.time()\nwhile time.time()-t<" + seconds + ": pass")
                : List.of("true");
        // one run to create the class-data-sharing archive, as the first run after a build does
        time(work, cmd(List.of(launcher.toString(), "run", "--store", "s", "--name", "warm", "--"), workload));
        List<Double> bare = new ArrayList<>();
        List<Double> strata = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bare.add(time(work, cmd(List.of("/usr/bin/time", "-o", "/dev/null"), workload)));
            strata.add(time(work, cmd(List.of(launcher.toString(), "run", "--store", "s", "--name", "overhead", "--"),
                    workload)));
        }
        double b = Stats.percentile(bare, 50);
        double s = Stats.percentile(strata, 50);
        System.out.println("workload: " + String.join(" ", workload).replace("\n", "; ") + ", " + n + " runs each, interleaved");
        System.out.println(Stats.f("%-28s %10s %10s %10s", "", "p50", "p10", "p90"));
        System.out.println(Stats.f("%-28s %8.1fms %8.1fms %8.1fms", "/usr/bin/time CMD", b,
                Stats.percentile(bare, 10), Stats.percentile(bare, 90)));
        System.out.println(Stats.f("%-28s %8.1fms %8.1fms %8.1fms", "strata run -- CMD", s,
                Stats.percentile(strata, 10), Stats.percentile(strata, 90)));
        System.out.println(Stats.f("added by strata: %.1f ms (p50); ratio %.3f", s - b, s / b));
        System.out.println(seconds > 0 ? "aim: overhead small against a 5 s workload"
                : "aim: under 300 ms added, JVM start included");
        Git.ok(work.resolve("s"), "fsck", "--no-dangling");
    }

    private static List<String> cmd(List<String> prefix, List<String> workload) {
        List<String> c = new ArrayList<>(prefix);
        c.addAll(workload);
        return c;
    }

    private static double time(Path cwd, List<String> cmd) throws Exception {
        long a = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed");
        }
        return (System.nanoTime() - a) / 1e6;
    }
}
