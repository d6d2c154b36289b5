package dev.strata.cli;

import dev.strata.record.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OSHI is the macOS path: a Linux {@code strata run} never loads it (start-up stays fast), and
 * {@code STRATA_OSHI=1} takes the whole run through it (host facts, process tree).
 */
class OshiLoadingTest {

    @TempDir
    Path tmp;

    private List<String> classesLoaded(Path store, boolean forceOshi) throws Exception {
        Path log = tmp.resolve("classes-" + forceOshi + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--store", store.toString(), "--name", "tree", "--", "bash", "-c", "sleep 2 & sleep 2; wait"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().remove("STRATA_OSHI");
        if (forceOshi) {
            pb.environment().put("STRATA_OSHI", "1");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return Files.readAllLines(log).stream().filter(l -> l.contains(" oshi.")).toList();
    }

    @Test
    void linuxNeverLoadsOshiAndTheSwitchTakesTheRunThroughIt() throws Exception {
        assertThat(classesLoaded(tmp.resolve("plain"), false)).as("OSHI classes loaded on Linux").isEmpty();
        RunRecord plain = Strata.onlyRun(tmp.resolve("plain"));

        assertThat(classesLoaded(tmp.resolve("oshi"), true)).isNotEmpty();
        RunRecord oshi = Strata.onlyRun(tmp.resolve("oshi"));
        assertThat(oshi.host().hostname()).isEqualTo(plain.host().hostname());
        assertThat(oshi.host().logicalCores()).isEqualTo(plain.host().logicalCores());
        // a two-second tree: OSHI's first scan of every process takes a few hundred milliseconds here
        assertThat(oshi.processTree()).extracting(n -> n.command()).anyMatch(c -> c.startsWith("sleep 2"));
        assertThat(oshi.metrics().source()).as("GNU time still measures the workload").isEqualTo(plain.metrics().source());
    }
}
