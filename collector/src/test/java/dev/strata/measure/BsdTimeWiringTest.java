package dev.strata.measure;

import dev.strata.record.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher with BSD time, as on macOS runners. This machine has GNU time only, so a stand-in
 * speaks BSD time's interface ({@code -l -o FILE -- cmd}: runs the command, exits with its status,
 * writes a report shaped like the macOS capture); what is tested is that the launcher asks for it
 * and reads it as macOS's.
 */
class BsdTimeWiringTest {

    @TempDir
    Path tmp;

    @Test
    void macOsPicksBsdTimeAndLinuxGnuTime() {
        assertThat(TimeTool.forSystem(Path.of("/usr/bin/time"), "Mac OS X")).isInstanceOf(TimeTool.Bsd.class);
        assertThat(TimeTool.forSystem(Path.of("/usr/bin/time"), "FreeBSD")).isInstanceOf(TimeTool.Bsd.class);
        assertThat(TimeTool.forSystem(Path.of("/usr/bin/time"), "Linux")).isInstanceOf(TimeTool.Gnu.class);
        assertThat(new TimeTool.Bsd(Path.of("/usr/bin/time")).arguments(Path.of("/r.txt")))
                .containsExactly("/usr/bin/time", "-l", "-o", "/r.txt", "--");
    }

    @Test
    void theLauncherRunsTheWorkloadUnderBsdTimeAndReadsItsReport() throws Exception {
        Path capture = tmp.resolve("rusage.txt");
        Files.writeString(capture, GnuTimeParserTest.capture("bsd-macos.txt").lines().skip(1)
                .reduce("", (a, b) -> a + b + "\n"));
        Path fake = tmp.resolve("time");
        Files.writeString(fake, """
                #!/usr/bin/env bash
                [[ "$1" == -l && "$2" == -o && "$4" == -- ]] || { echo "usage: time [-l] [-o file] cmd" >&2; exit 64; }
                out="$3"; shift 4
                start=$(date +%s.%N)
                "$@"; code=$?
                end=$(date +%s.%N)
                awk -v s="$start" -v e="$end" 'BEGIN { printf "%12.2f real %12.2f user %12.2f sys\\n", e - s, 0.01, 0 }' >"$out"
                cat '""" + capture + """
                ' >>"$out"
                exit $code
                """);
        fake.toFile().setExecutable(true);
        Launcher launcher = new Launcher(new TimeTool.Bsd(fake));
        Execution ex = launcher.run(new Launch(List.of("bash", "-c", "sleep 0.2; exit 3"), tmp, Map.of(), null,
                Duration.ofSeconds(5), 0, 0, null), ProcessRunner.StartListener.NONE);
        assertThat(ex.warnings()).isEmpty();
        Metrics m = ex.report().metrics();
        assertThat(m.source()).isEqualTo(Metrics.BSD_TIME);
        assertThat(m.wallSeconds()).isBetween(0.15, 5.0);
        assertThat(m.maxRssBytes()).as("bytes on macOS").isEqualTo(412385280L);
        assertThat(m.involuntaryContextSwitches()).isEqualTo(611L);
        assertThat(ex.report().exitCode()).isEqualTo(3);
        assertThat(ex.workloadPid()).as("the workload, the child of time").isNotNull();
    }
}
