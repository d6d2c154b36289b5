package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidSuiteIsSummarised() throws Exception {
        Path f = dir.resolve("perf.suite.yaml");
        Files.writeString(f, """
                processes:
                  - name: square
                    params: {n: [1, 2, 3]}
                    repetitions: 4
                    warmups: 1
                    command: [sh, -c, "echo {n}"]
                """);
        Strata.Result r = Strata.run("suite", "validate", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(f + ": ok: 1 processes, 3 batches, 15 runs\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void problemsAreOneLineEachWithFileLineAndColumnAndExitCode2() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, """
                processes:
                  - name: a
                    command: run {size}
                    warmup: 1
                  - name: a
                    profile: [pyspy]
                """);
        Strata.Result r = Strata.run("suite", "validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(
                f + ":3:14: process 'a': {size} is used but not defined in params",
                f + ":4:5: unknown key 'warmup': did you mean 'warmups'?",
                f + ":5:5: process 'a': missing command",
                f + ":5:11: duplicate process name 'a' (first at line 2)",
                f + ":6:15: unknown profiler 'pyspy': did you mean 'py-spy'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFileIsOneLine() {
        Strata.Result r = Strata.run("suite", "validate", dir.resolve("nope.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("strata: " + dir.resolve("nope.yaml") + ": no such suite file\n");
    }
}
