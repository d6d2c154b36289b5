package dev.strata.cli;

import dev.strata.record.RunJson;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of {@code strata run} at random moments, start to commit: the store stays
 * consistent and the next run succeeds at once (no stale lock).
 */
class KillNineTest {

    @TempDir
    Path tmp;

    @Test
    void killNineAtRandomMomentsNeverCorruptsTheStore() throws Exception {
        Path store = tmp.resolve("s");
        Random random = new Random(20261127);
        int expectedAtLeast = 0;
        for (int trial = 0; trial < 50; trial++) {
            Process p = Cli.builder(tmp, "run", "--store", store.toString(), "--name", "victim", "--", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(random.nextInt(1500));
            new ProcessBuilder("kill", "-9", Long.toString(p.pid())).start().waitFor();
            p.waitFor(30, TimeUnit.SECONDS);
            assertConsistent(store, trial);

            StringWriter err = new StringWriter();
            long t0 = System.nanoTime();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", "--store",
                    store.toString(), "--name", "survivor", "--", "true");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(code).as("run after kill #%d: %s", trial, err).isZero();
            assertThat(seconds).as("next run was blocked").isLessThan(20);
            expectedAtLeast++;
            assertConsistent(store, trial);
            assertThat(Git.ok(store, "ls-tree", "--name-only", "main:survivor").lines()).hasSize(expectedAtLeast);
        }
    }

    private static void assertConsistent(Path store, int trial) {
        if (!Files.exists(store.resolve("HEAD"))) {
            return; // killed before the store was created
        }
        if (Git.run(store, "rev-parse", "--verify", "-q", "main").exitCode() != 0) {
            return; // created, nothing committed yet
        }
        Git.ok(store, "fsck", "--no-dangling");
        for (String path : Git.ok(store, "ls-tree", "-r", "--name-only", "main").lines().toList()) {
            assertThat(path).as("trial %d", trial).endsWith("/run.json");
            String json = Git.ok(store, "show", "main:" + path);
            RunJson.read(json.getBytes(StandardCharsets.UTF_8), path);
        }
    }
}
