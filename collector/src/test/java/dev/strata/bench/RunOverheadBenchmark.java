package dev.strata.bench;

import dev.strata.testing.Git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code strata run} adds to a command: {@code ./strata run -- CMD} (the launcher, with its
 * class archive) against {@code /usr/bin/time CMD}, whole-process wall and CPU time (user + system
 * of the process and its children), interleaved so both see the same machine. Run:
 * {@code bench/run RunOverheadBenchmark [n] [seconds]} (seconds > 0 adds a CPU-bound workload of
 * that length, e.g. 5). {@code STRATA_JAVA} or {@code JAVA_HOME} choose the JDK the launcher uses.
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
        // one run to train the class archive, as the first run after a build does
        Timed.run(work, cmd(List.of(launcher.toString(), "run", "--store", "s", "--name", "warm", "--"), workload));
        String setup = launcherSetup(launcher, work);
        List<Double> bareWall = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        List<Double> strataWall = new ArrayList<>();
        List<Double> strataCpu = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Timed b = Timed.run(work, cmd(List.of("/usr/bin/time", "-o", "/dev/null"), workload));
            bareWall.add(b.wallMs());
            bareCpu.add(b.cpuMs());
            Timed s = Timed.run(work, cmd(List.of(launcher.toString(), "run", "--store", "s", "--name", "overhead", "--"),
                    workload));
            strataWall.add(s.wallMs());
            strataCpu.add(s.cpuMs());
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        System.out.println("workload: " + String.join(" ", workload).replace("\n", "; ") + ", " + n
                + " runs each, interleaved; load average " + load + " on "
                + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.println(setup);
        System.out.println(Stats.f("%-22s %10s %10s %10s %10s %10s", "", "wall p50", "wall p10", "wall p90", "CPU p50",
                "CPU mean"));
        row("/usr/bin/time CMD", bareWall, bareCpu);
        row("strata run -- CMD", strataWall, strataCpu);
        double addedWall = Stats.percentile(strataWall, 50) - Stats.percentile(bareWall, 50);
        double addedCpu = Stats.percentile(strataCpu, 50) - Stats.percentile(bareCpu, 50);
        System.out.println("aim | measured | reference measured in this run:");
        System.out.println(Stats.f("  %s | added by strata (p50): %.0f ms wall (p10 %.0f ms), %.0f ms CPU (mean %.0f ms)"
                        + " | /usr/bin/time CMD: %.1f ms wall, %.0f ms CPU; strata/reference wall %.1fx",
                seconds > 0 ? "overhead small against a " + seconds + " s workload" : "< 300 ms added, JVM start included",
                addedWall, Stats.percentile(strataWall, 10) - Stats.percentile(bareWall, 10), addedCpu,
                mean(strataCpu) - mean(bareCpu),
                Stats.percentile(bareWall, 50), Stats.percentile(bareCpu, 50),
                Stats.percentile(strataWall, 50) / Stats.percentile(bareWall, 50)));
        Git.ok(work.resolve("s"), "fsck", "--no-dangling");
    }

    private static void row(String name, List<Double> wall, List<Double> cpu) {
        System.out.println(Stats.f("%-22s %8.1fms %8.1fms %8.1fms %8.0fms %8.0fms", name, Stats.percentile(wall, 50),
                Stats.percentile(wall, 10), Stats.percentile(wall, 90), Stats.percentile(cpu, 50), mean(cpu)));
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /**
     * Which JDK the launcher picked and whether its class archive was used: one traced run, with the
     * JVM logging where each class came from (an archive that does not map is silently ignored, so
     * the launcher's choice alone would not prove it).
     */
    private static String launcherSetup(Path launcher, Path work) throws Exception {
        Path log = Files.createTempFile("strata-classes", ".log");
        try {
            Timed t = Timed.run(work, List.of(launcher.toString(), "run", "--store", "s", "--name", "setup", "--", "true"),
                    java.util.Map.of("STRATA_TRACE", "1", "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log));
            String chosen = t.out().lines().filter(l -> l.contains("trace: launcher:")).findFirst()
                    .map(l -> l.substring(l.indexOf("launcher:") + "launcher:".length()).trim()).orElse("launcher said nothing");
            List<String> lines = Files.readAllLines(log);
            long shared = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
            return "launcher: " + chosen + "; classes from the archive: " + shared + " of " + lines.size();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<String> cmd(List<String> prefix, List<String> workload) {
        List<String> c = new ArrayList<>(prefix);
        c.addAll(workload);
        return c;
    }
}
