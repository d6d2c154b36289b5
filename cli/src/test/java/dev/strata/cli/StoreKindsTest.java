package dev.strata.cli;

import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Stores users point strata at: an ordinary clone, and a bare repository made by {@code git init --bare}. */
class StoreKindsTest {

    @TempDir
    Path tmp;

    @Test
    void aClonesCheckedOutBranchIsRefusedBeforeTheWorkloadRunsAndTheNextCommitLosesNoRun() throws Exception {
        Path origin = tmp.resolve("results.git");
        for (String n : new String[] {"a", "b"}) {
            assertThat(Strata.run("run", "--store", origin.toString(), "--name", n, "--", "true").exitCode()).isZero();
        }
        Path clone = tmp.resolve("results");
        Git.ok(tmp, "clone", "-q", origin.toString(), clone.toString());
        Strata.Result r = Strata.run("run", "--store", clone.toString(), "--name", "c", "--", "touch",
                tmp.resolve("ran").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        // one line (a busy machine may add its noisy-host warning before it)
        assertThat(r.err().strip().lines().filter(l -> !l.startsWith("strata: warning: noisy host"))).hasSize(1).first()
                .asString()
                .startsWith("strata: " + clone + " is a clone with main checked out")
                .contains("git clone --bare").contains("--store-branch");
        assertThat(tmp.resolve("ran")).as("refused before the workload ran").doesNotExist();
        Files.writeString(clone.resolve("notes.md"), "mine\n");
        Git.ok(clone, "add", "-A");
        Git.ok(clone, "commit", "-qm", "notes");
        assertThat(Git.ok(clone, "ls-tree", "-r", "--name-only", "HEAD").lines().filter(l -> l.endsWith("/run.json")))
                .hasSize(2);
        // reading a clone is fine
        Strata.Result ls = Strata.run("ls", "processes", "--store", clone.toString());
        assertThat(ls.exitCode()).as(ls.err()).isZero();
        assertThat(ls.out()).contains("a", "b");
    }

    @Test
    void aStoreMadeByGitInitBareIsReadWhereTheRunsAre() throws Exception {
        Path bare = tmp.resolve("R");
        Git.ok(tmp, "-c", "init.defaultBranch=master", "init", "-q", "--bare", bare.toString());
        // runs pushed as a URL store pushes them: to main
        assertThat(Strata.run("run", "--store", bare.toUri().toString(), "--name", "pushed", "--", "true").exitCode())
                .isZero();
        assertThat(Git.ok(bare, "symbolic-ref", "HEAD").strip()).isEqualTo("refs/heads/master");
        Strata.Result ls = Strata.run("ls", "processes", "--store", bare.toString());
        assertThat(ls.exitCode()).as(ls.err()).isZero();
        assertThat(ls.out()).contains("pushed");

        // a branch other than main holds the runs while HEAD's is unborn: the reader says which it read
        Path other = tmp.resolve("other");
        Git.ok(tmp, "-c", "init.defaultBranch=master", "init", "-q", "--bare", other.toString());
        Git.ok(bare, "push", "-q", other.toString(), "main:perf");
        Strata.Result warned = Strata.run("ls", "processes", "--store", other.toString());
        assertThat(warned.exitCode()).as(warned.err()).isZero();
        assertThat(warned.err().strip()).isEqualTo("strata: warning: read branch master of " + other
                + ", which holds no runs; runs are on perf (use --ref NAME)");
        assertThat(Strata.run("ls", "processes", "--store", other.toString(), "--ref", "perf").out()).contains("pushed");
    }
}
