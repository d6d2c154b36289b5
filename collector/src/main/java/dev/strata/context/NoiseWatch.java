package dev.strata.context;

import dev.strata.proc.KernelUnits;
import dev.strata.proc.ProcFs;
import dev.strata.record.HostInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The machine's noise around one run: what is wrong before it starts (load, governor, swap) and
 * which other processes were busy while it ran.
 */
public final class NoiseWatch {

    private final List<String> before;
    private final NoiseCheck.CpuSnapshot cpuBefore;

    private NoiseWatch(List<String> before, NoiseCheck.CpuSnapshot cpuBefore) {
        this.before = before;
        this.cpuBefore = cpuBefore;
    }

    static NoiseWatch start(HostInfo host) {
        List<String> before = NoiseCheck.beforeRun(host.loadAverage1m(),
                host.logicalCores() == null ? 1 : host.logicalCores(), Path.of("/sys"), Path.of("/proc/meminfo"));
        return new NoiseWatch(before, ProcFs.available() ? NoiseCheck.snapshot(ProcFs.linux()) : null);
    }

    /** A watch that saw nothing (for runs whose context is given rather than captured). */
    public static NoiseWatch none() {
        return new NoiseWatch(List.of(), null);
    }

    /**
     * Everything noisy about the run.
     *
     * @param ours the workload's tree and strata's helpers (profilers), which are not neighbours
     */
    public List<String> finish(Set<Long> ours, double wallSeconds) {
        List<String> w = new ArrayList<>(before);
        if (cpuBefore != null) {
            Set<Long> exclude = new HashSet<>(ours);
            exclude.add(ProcessHandle.current().pid());
            ProcessHandle.current().parent().ifPresent(h -> exclude.add(h.pid()));
            w.addAll(NoiseCheck.busyNeighbours(cpuBefore, NoiseCheck.snapshot(ProcFs.linux()), exclude, wallSeconds,
                    KernelUnits.clockTicksPerSecond()));
        }
        return w;
    }
}
