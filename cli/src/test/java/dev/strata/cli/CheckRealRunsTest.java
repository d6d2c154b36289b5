package dev.strata.cli;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.strata.cli.GateFixture.strata;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate on runs measured for real: {@code strata run} (GNU time, the code repository's Git
 * facts) at two commits of the code, then {@code strata check --current HEAD} in that repository.
 */
class CheckRealRunsTest {

    @TempDir
    Path dir;

    @Test
    void aSlowerCommitMeasuredByStrataRunFailsTheGate() throws Exception {
        assertThat(Path.of("/usr/bin/time")).as("GNU time is needed: apt-get install time").exists();
        GateFixture f = new GateFixture(dir, 2);
        try (Git git = Git.open(f.code.toFile())) {
            git.checkout().setName(f.shas.get(0)).call();
            measure(f, "0.05");
            git.checkout().setName("main").call();
            measure(f, "0.6");
        }
        String base = f.shas.get(0).substring(0, 12);
        GateFixture.Result r = strata("check", "--store", f.store.toString(), "--repo", f.code.toString(),
                "--baseline", base, "--metric", "wallSeconds", "--junit", dir.resolve("perf.xml").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("current HEAD (" + f.shas.get(1).substring(0, 10) + ") vs baseline " + base.substring(0, 10) + "\n")
                .containsPattern("REGRESSION +sleepy +wallSeconds .* 3 / 3");
        assertThat(Files.readString(dir.resolve("perf.xml"))).contains("<failure type=\"regression\"");

        GateFixture.Result lenient = strata("check", "--store", f.store.toString(), "--repo", f.code.toString(),
                "--baseline", base, "--metric", "wallSeconds", "--threshold", "5000%");
        assertThat(lenient.exitCode()).as(lenient.out() + lenient.err()).isEqualTo(0);
    }

    private static void measure(GateFixture f, String seconds) {
        for (int i = 0; i < 3; i++) {
            GateFixture.Result r = strata("run", "--name", "sleepy", "--repo", f.code.toString(), "--store",
                    f.store.toString(), "--", "sleep", seconds);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        }
    }
}
