package dev.strata.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One command's whole-process wall time and CPU time (user + system of it and every child it
 * reaped, as GNU time reports them): on a loaded machine the CPU time is the steadier figure.
 */
record Timed(double wallMs, double cpuMs, String out) {

    /**
     * CPU milliseconds of every child this JVM has reaped so far (cutime + cstime of /proc/self/stat):
     * the difference over many commands gives their mean finer than GNU time's 10 ms per command.
     */
    static double reapedChildrenCpuMs() throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 1000.0 / dev.strata.proc.KernelUnits.clockTicksPerSecond();
    }

    static Timed run(Path cwd, List<String> cmd) throws Exception {
        return run(cwd, cmd, java.util.Map.of());
    }

    static Timed run(Path cwd, List<String> cmd, java.util.Map<String, String> env) throws Exception {
        Path report = Files.createTempFile("strata-bench-time", ".txt");
        try {
            List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", report.toString()));
            full.addAll(cmd);
            long a = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder(full).directory(cwd.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
            }
            double wall = (System.nanoTime() - a) / 1e6;
            String[] us = Files.readString(report).trim().lines().reduce((x, y) -> y).orElse("0 0").split("\\s+");
            return new Timed(wall, (Double.parseDouble(us[0]) + Double.parseDouble(us[1])) * 1000, out);
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
