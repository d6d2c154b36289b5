package dev.strata.context;

import dev.strata.format.Units;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Things about the machine that make a measurement noisy, said up front rather than discovered later. */
public final class NoiseCheck {

    private NoiseCheck() {
    }

    /** Load, CPU frequency governor, swap: checked before the run. */
    public static List<String> beforeRun(Double loadAverage1m, int logicalCores, Path sys, Path meminfo) {
        List<String> w = new ArrayList<>();
        if (loadAverage1m != null && loadAverage1m > Math.max(1.0, logicalCores * 0.5)) {
            w.add(String.format(Locale.ROOT, "high load average at start: %.2f on %d cores", loadAverage1m,
                    logicalCores));
        }
        Path gov = sys.resolve("devices/system/cpu/cpu0/cpufreq/scaling_governor");
        try {
            if (Files.isReadable(gov)) {
                String g = Files.readString(gov).trim();
                if (!g.equals("performance")) {
                    w.add("CPU frequency governor is '" + g + "', not 'performance'");
                }
            }
        } catch (IOException ignored) {
            // not readable: nothing to say
        }
        Long swapUsed = swapUsedBytes(meminfo);
        if (swapUsed != null && swapUsed > 0) {
            w.add("swap in use: " + Units.bytes(swapUsed));
        }
        return w;
    }

    static Long swapUsedBytes(Path meminfo) {
        try {
            long total = -1;
            long free = -1;
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("SwapTotal:")) {
                    total = Long.parseLong(line.replaceAll("[^0-9]", ""));
                } else if (line.startsWith("SwapFree:")) {
                    free = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return total < 0 || free < 0 ? null : (total - free) * 1024;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** CPU ticks of every process, to find busy neighbours over the run. */
    public record CpuSnapshot(Map<Long, Long> ticksByPid, Map<Long, String> commByPid) {
    }

    /**
     * Processes outside the workload's tree that used over half a core during the run.
     *
     * @param exclude the workload's tree, strata itself and {@code time}
     */
    public static List<String> busyNeighbours(CpuSnapshot before, CpuSnapshot after, Set<Long> exclude,
                                              double wallSeconds, long ticksPerSecond) {
        List<String> w = new ArrayList<>();
        if (wallSeconds < 1.0) {
            return w; // too short to tell a neighbour from a blip
        }
        for (Map.Entry<Long, Long> e : new java.util.TreeMap<>(after.ticksByPid()).entrySet()) {
            long pid = e.getKey();
            if (exclude.contains(pid)) {
                continue;
            }
            long start = before.ticksByPid().getOrDefault(pid, 0L);
            double share = (e.getValue() - start) / (double) ticksPerSecond / wallSeconds;
            if (share > 0.5) {
                w.add(String.format(Locale.ROOT, "another process used %.0f%% of a core during the run: %s (pid %d)",
                        share * 100, after.commByPid().getOrDefault(pid, "?"), pid));
            }
        }
        return w;
    }

    public static CpuSnapshot snapshot(dev.strata.proc.ProcFs fs) {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> comm = new HashMap<>();
        for (long pid : fs.pids()) {
            var st = dev.strata.proc.ProcStat.parse(orEmpty(fs.read(pid, "stat")));
            if (st != null) {
                ticks.put(pid, st.utimeTicks() + st.stimeTicks());
                comm.put(pid, st.comm());
            }
        }
        return new CpuSnapshot(ticks, comm);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
