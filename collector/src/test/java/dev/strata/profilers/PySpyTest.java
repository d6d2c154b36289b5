package dev.strata.profilers;

import dev.strata.record.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** py-spy on real Python workloads (python3 may be a pyenv shim: the profiler waits for the interpreter). */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PySpyTest {

    @TempDir
    Path tmp;

    @Test
    void hotLoopDominatesThePythonFlamegraph() throws Exception {
        Path script = RealRuns.resource("hot.py", tmp);
        List<String> cmd = List.of("python3", script.toString(), "1.5");
        RealRuns.assertUsable(PySpy.defaults(), cmd);

        RealRuns.Result r = RealRuns.run(PySpy.defaults(), cmd, tmp);

        assertThat(r.record().status()).isEqualTo(RunStatus.OK);
        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().profiler()).isEqualTo("py-spy");
        assertThat(r.profile().kind()).isEqualTo("cpu");
        assertThat(r.profile().samples()).isGreaterThan(20L);
        assertThat(r.profile().targetPid()).isNotNull();
        double hot = RealRuns.share(r.folded(), f -> f.startsWith("hot_loop "));
        assertThat(hot).as("share of hot_loop in\n" + r.folded()).isGreaterThanOrEqualTo(0.60);
        assertThat(r.svg()).contains("<svg").contains("hot_loop");
        assertThat(r.speedscope()).contains("\"type\":\"sampled\"").contains("hot_loop");
    }

    @Test
    void workInAChildProcessIsProfiledToo() throws Exception {
        RealRuns.resource("hot.py", tmp);
        Path parent = RealRuns.resource("spawn_child.py", tmp);
        List<String> cmd = List.of("python3", parent.toString(), "1.5");

        RealRuns.Result r = RealRuns.run(PySpy.defaults(), cmd, tmp);

        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        double hot = RealRuns.share(r.folded(), f -> f.startsWith("hot_loop "));
        assertThat(hot).as("share of hot_loop in\n" + r.folded()).isGreaterThanOrEqualTo(0.60);
        // two processes, each under its own frame, command lines kept (and redacted) for the reader
        assertThat(r.folded()).contains("spawn_child.py").contains("hot.py");
        // both processes were sampled: the record names them
        assertThat(r.profile().targetPids()).hasSize(2).contains(r.profile().targetPid());
    }

    @Test
    void processFramesLoseThePidThePathAndAnySecret() {
        String s = PySpy.cleanProcessFrame("process 4242:\"/opt/py/bin/python3 job.py --token "
                + "ghp_abcdefghijklmnopqrstuvwxyz0123456789\";process 4243:\"/opt/py/bin/python3 child.py\";"
                + "main (job.py);work (job.py)");
        assertThat(s).startsWith("python3 job.py --token ").endsWith(";python3 child.py;main (job.py);work (job.py)")
                .doesNotContain("ghp_").doesNotContain("4242").doesNotContain("/opt/py");
    }

    @Test
    void aProgramThatIsNotPythonGetsAWarningThatSaysWhyAndTheRunIsKept() throws Exception {
        List<String> cmd = List.of("sleep", "1");
        RealRuns.Result r = RealRuns.run(PySpy.defaults(), cmd, tmp);
        assertThat(r.record().status()).isEqualTo(RunStatus.OK);
        assertThat(r.record().profiles()).isNull();
        assertThat(r.record().warnings()).anyMatch(w -> w.contains("no Python process appeared")
                && w.contains("py-spy profiles Python programs only") && w.contains("use perf"));
    }
}
