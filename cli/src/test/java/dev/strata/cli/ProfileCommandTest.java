package dev.strata.cli;

import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata profilers} and {@code strata run --profile} end to end: real JVM, real tools, real Git. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ProfileCommandTest {

    @TempDir
    Path tmp;

    private static final String HOT = """
            import time
            def hot_loop(n):
                s = 0
                for i in range(n):
                    s += i * i % 7
                return s
            start = time.process_time()
            while time.process_time() - start < 1.0:
                hot_loop(50000)
            print("done")
            """;

    @Test
    void profilersListsEveryProfilerWithItsStatus() throws Exception {
        Strata.Result r = Strata.run("profilers");
        assertThat(r.exitCode()).isZero();
        for (String name : new String[]{"py-spy", "perf", "rprof", "memray", "heaptrack", "jfr", "custom"}) {
            assertThat(r.out()).containsPattern("(?m)^" + name + "  ");
        }
        // on this machine every tool the tests need is installed
        assertThat(r.out()).doesNotContain("not available");
    }

    @Test
    void aProfiledRunCommitsItsProfileFlamegraphAndSpeedscopeAndLeavesTheOutputAlone() throws Exception {
        Path store = tmp.resolve("s");
        Cli.Result r = Cli.run(tmp, "run", "--store", store.toString(), "--name", "hot", "--profile", "py-spy",
                "--", "python3", "-c", HOT);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("done\n");
        RunRecord rec = Strata.onlyRun(store);
        assertThat(rec.profiles()).singleElement().satisfies(p -> {
            assertThat(p.profiler()).isEqualTo("py-spy");
            assertThat(p.file()).isEqualTo("profiles/py-spy.folded");
            assertThat(p.flamegraph()).isEqualTo("flamegraphs/py-spy.svg");
        });
        String files = Git.ok(store, "ls-tree", "-r", "--name-only", "main");
        assertThat(files).contains("/profiles/py-spy.folded", "/profiles/py-spy.speedscope.json",
                "/flamegraphs/py-spy.svg");
    }

    @Test
    void aProfilerThatCannotAttachSaysWhyAndHowToFixItAndTheRunIsCommitted() throws Exception {
        Path store = tmp.resolve("s");
        Cli.Result r = Cli.run(tmp, "run", "--store", store.toString(), "--name", "not-python", "--profile", "py-spy",
                "--", "sleep", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("strata: warning: profiler py-spy: py-spy did not start: no Python process")
                .contains("py-spy profiles Python programs only; for other programs use perf")
                .contains("strata: recorded not-python/");
        RunRecord rec = Strata.onlyRun(store);
        assertThat(rec.status()).isEqualTo(RunStatus.OK);
        assertThat(rec.profiles()).isNull();
        assertThat(rec.warnings()).anyMatch(w -> w.contains("no Python process appeared"));
    }

    @Test
    void aProfilerThatCannotRunHereIsRefusedUpFrontWithTheFixAndTheRunIsCommitted() throws Exception {
        Path store = tmp.resolve("s");
        Cli.Result r = Cli.run(tmp, "run", "--store", store.toString(), "--name", "sorted", "--profile", "memray",
                "--", "sleep", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("profiler memray cannot run: the command does not start Python itself (sleep)")
                .contains("fix: run it as `python3 script.py ...`");
        assertThat(Strata.onlyRun(store).warnings()).anyMatch(w -> w.contains("profiler memray cannot run"));
    }

    @Test
    void anUnknownProfilerIsOneLineAndExitTwo() throws Exception {
        Cli.Result r = Cli.run(tmp, "run", "--store", tmp.resolve("s").toString(), "--profile", "pyspy", "--", "true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).contains("unknown profiler 'pyspy'").doesNotContain("\n").doesNotContain("Exception");
    }
}
