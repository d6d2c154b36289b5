package dev.strata.context;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseCheckTest {

    @TempDir
    Path tmp;

    @Test
    void quietMachineSaysNothing() throws Exception {
        Path mem = Files.writeString(tmp.resolve("meminfo"), "MemTotal: 100 kB\nSwapTotal: 0 kB\nSwapFree: 0 kB\n");
        assertThat(NoiseCheck.beforeRun(0.2, 2, tmp.resolve("sys"), mem)).isEmpty();
    }

    @Test
    void loadGovernorAndSwap() throws Exception {
        Path mem = Files.writeString(tmp.resolve("meminfo"), "SwapTotal: 2048 kB\nSwapFree: 1024 kB\n");
        Path gov = tmp.resolve("sys/devices/system/cpu/cpu0/cpufreq/scaling_governor");
        Files.createDirectories(gov.getParent());
        Files.writeString(gov, "powersave\n");
        assertThat(NoiseCheck.beforeRun(3.5, 4, tmp.resolve("sys"), mem)).containsExactly(
                "high load average at start: 3.50 on 4 cores",
                "CPU frequency governor is 'powersave', not 'performance'",
                "swap in use: 1.00 MiB");
    }

    @Test
    void busyNeighboursOutsideTheTree() {
        var before = new NoiseCheck.CpuSnapshot(Map.of(1L, 0L, 2L, 100L, 3L, 0L), Map.of());
        var after = new NoiseCheck.CpuSnapshot(Map.of(1L, 500L, 2L, 120L, 3L, 900L, 4L, 300L),
                Map.of(1L, "workload", 2L, "idle", 3L, "make", 4L, "new"));
        assertThat(NoiseCheck.busyNeighbours(before, after, Set.of(1L), 5.0, 100)).containsExactly(
                "another process used 180% of a core during the run: make (pid 3)",
                "another process used 60% of a core during the run: new (pid 4)");
        assertThat(NoiseCheck.busyNeighbours(before, after, Set.of(), 0.5, 100)).isEmpty();
    }
}
