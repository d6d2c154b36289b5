package dev.strata.profilers;

import dev.strata.record.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** perf on a real C program: perf record attached to its PID, perf script read by strata's parser. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PerfTest {

    @TempDir
    Path tmp;

    @Test
    void burnDominatesTheNativeFlamegraph() throws Exception {
        Path exe = RealRuns.compile("burn.c", tmp);
        List<String> cmd = List.of(exe.toString(), "1.5");
        RealRuns.assertUsable(Perf.defaults(), cmd);

        RealRuns.Result r = RealRuns.run(Perf.defaults(), cmd, tmp);

        assertThat(r.record().status()).isEqualTo(RunStatus.OK);
        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().profiler()).isEqualTo("perf");
        assertThat(r.profile().samples()).isGreaterThan(20L);
        double burn = RealRuns.share(r.folded(), f -> f.equals("burn"));
        assertThat(burn).as("share of burn in\n" + r.folded()).isGreaterThanOrEqualTo(0.60);
        assertThat(r.folded()).contains("main;burn");
        assertThat(r.svg()).contains("burn");
    }
}
