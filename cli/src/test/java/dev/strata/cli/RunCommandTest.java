package dev.strata.cli;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata run} end to end: real JVM, real GNU time, real Git. */
class RunCommandTest {

    @TempDir
    Path tmp;

    private RunRecord onlyRun(Path store) {
        String files = Git.ok(store, "ls-tree", "-r", "--name-only", "main");
        assertThat(files.lines()).hasSize(1);
        String json = Git.ok(store, "show", "main:" + files.trim());
        return RunJson.read(json.getBytes(StandardCharsets.UTF_8), files.trim());
    }

    @Test
    void recordsASuccessfulRunWithItsContext() throws Exception {
        Path code = tmp.resolve("code");
        Files.createDirectories(code);
        Git.ok(code, "init", "-q", "-b", "dev");
        Files.writeString(code.resolve("a.txt"), "x");
        Git.ok(code, "add", "a.txt");
        Git.ok(code, "commit", "-qm", "first");
        Git.ok(code, "tag", "v1.0");
        String sha = Git.ok(code, "rev-parse", "HEAD").trim();

        Cli.Result r = Cli.run(code, "run", "--store", tmp.resolve("s").toString(), "--name", "burn", "--tag", "v1.0",
                "--meta", "dataset=pbmc3k", "--param", "size=1000", "--language", "python", "--task", "burn",
                "--", "python3", "-c", "import sys; x = bytearray(64 << 20); sys.stdout.write('out'); sys.stderr.write('err')");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("out");
        assertThat(r.err()).startsWith("err").contains("strata: recorded burn/");
        RunRecord rec = onlyRun(tmp.resolve("s"));
        assertThat(rec.status()).isEqualTo(RunStatus.OK);
        assertThat(rec.exitCode()).isZero();
        assertThat(rec.metrics().source()).isEqualTo("gnu-time");
        assertThat(rec.metrics().maxRssBytes()).isGreaterThan(64L << 20);
        assertThat(rec.metrics().wallSeconds()).isPositive();
        assertThat(rec.metrics().userSeconds()).isNotNull();
        assertThat(rec.metrics().minorPageFaults()).isGreaterThan(1000);
        assertThat(rec.git().sha()).isEqualTo(sha);
        assertThat(rec.git().branch()).isEqualTo("dev");
        assertThat(rec.git().dirty()).isFalse();
        assertThat(rec.git().describe()).isEqualTo("v1.0");
        assertThat(rec.host().hostname()).isNotBlank();
        assertThat(rec.host().logicalCores()).isPositive();
        assertThat(rec.tag()).isEqualTo("v1.0");
        assertThat(rec.userData().get("dataset").asText()).isEqualTo("pbmc3k");
        assertThat(rec.params()).containsEntry("size", 1000L);
        assertThat(rec.language()).isEqualTo("python");
    }

    @Test
    void aFailingWorkloadIsRecordedAndItsExitCodeKept() throws Exception {
        Cli.Result r = Cli.run(tmp, "run", "--store", "s", "--name", "fails", "--", "sh", "-c", "exit 3");
        assertThat(r.exitCode()).isEqualTo(3);
        RunRecord rec = onlyRun(tmp.resolve("s"));
        assertThat(rec.status()).isEqualTo(RunStatus.FAILED);
        assertThat(rec.exitCode()).isEqualTo(3);
    }

    @Test
    void aWorkloadKilledByASignalIsRecordedAsKilled() throws Exception {
        Cli.Result r = Cli.run(tmp, "run", "--store", "s", "--name", "dies", "--", "sh", "-c", "kill -9 $$");
        assertThat(r.exitCode()).isEqualTo(137);
        RunRecord rec = onlyRun(tmp.resolve("s"));
        assertThat(rec.status()).isEqualTo(RunStatus.KILLED);
        assertThat(rec.signal()).isEqualTo(9);
    }

    @Test
    void aMissingCommandIsOneLineExit127AndNothingCommitted() throws Exception {
        Cli.Result r = Cli.run(tmp, "run", "--store", "s", "--", "no-such-program-xyz", "arg");
        assertThat(r.exitCode()).isEqualTo(127);
        assertThat(r.err().strip().lines()).containsExactly("strata: command not found: no-such-program-xyz (nothing recorded)");
        assertThat(Files.exists(tmp.resolve("s"))).isFalse();
    }

    @Test
    void badProcessNameIsRefusedBeforeAnythingRuns() throws Exception {
        Cli.Result r = Cli.run(tmp, "run", "--store", "s", "--name", "../../etc", "--", "touch", "ran");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("invalid process name '../../etc'");
        assertThat(Files.exists(tmp.resolve("ran"))).isFalse();
        assertThat(Files.exists(tmp.resolve("s"))).isFalse();
    }

    @Test
    void sigtermReachesTheWorkloadAndNothingIsCommitted() throws Exception {
        Path marker = tmp.resolve("got-term");
        Process p = Cli.builder(tmp, "run", "--store", "s", "--name", "long", "--", "sh", "-c",
                "trap 'echo term > " + marker + "; exit 143' TERM; touch " + tmp.resolve("started") + "; "
                        + "while true; do sleep 0.05; done").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("strata.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(tmp.resolve("started")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(tmp.resolve("started")).exists();
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("strata.out"));
        assertThat(p.exitValue()).as(out).isEqualTo(143);
        assertThat(marker).exists();
        assertThat(out).contains("nothing recorded");
        Path store = tmp.resolve("s");
        assertThat(!Files.exists(store) || Git.run(store, "rev-parse", "--verify", "-q", "main").exitCode() != 0)
                .as("no run committed").isTrue();
    }
}
