package dev.strata.proc;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The auxiliary vector gives what getconf says, without starting it. */
class KernelUnitsTest {

    @Test
    void auxvAgreesWithGetconf() throws Exception {
        long[] auxv = KernelUnits.fromAuxv(Path.of("/proc/self/auxv"));
        assertThat(auxv).containsExactly(getconf("CLK_TCK"), getconf("PAGESIZE"));
        assertThat(KernelUnits.clockTicksPerSecond()).isEqualTo(getconf("CLK_TCK"));
        assertThat(KernelUnits.pageBytes()).isEqualTo(getconf("PAGESIZE"));
    }

    private static long getconf(String name) throws Exception {
        Process p = new ProcessBuilder("getconf", name).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as("getconf " + name + ": " + out).isZero();
        return Long.parseLong(out);
    }

    @Test
    void aTruncatedVectorFallsBack(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("auxv");
        Files.write(f, new byte[12]);
        assertThat(KernelUnits.fromAuxv(f)).isNull();
        assertThat(KernelUnits.fromAuxv(dir.resolve("missing"))).isNull();
    }
}
