package dev.strata.store;

import dev.strata.testing.Git;
import dev.strata.testing.StoreWriterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several collector processes writing to one store, and pushing to one remote, at once. */
class StoreConcurrencyTest {

    @TempDir
    Path tmp;

    private static void runAll(List<ProcessBuilder> writers) throws Exception {
        List<Process> ps = new ArrayList<>();
        for (ProcessBuilder pb : writers) {
            ps.add(pb.redirectErrorStream(true).start());
        }
        for (Process p : ps) {
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
        }
    }

    @Test
    void fourCollectorsOnOneMachineLoseNothing() throws Exception {
        Path store = tmp.resolve("store");
        List<ProcessBuilder> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(new ProcessBuilder(Git.javaCommand(StoreWriterMain.class, store.toString(),
                    tmp.resolve("cache").toString(), "writer-" + w, "25")));
        }
        runAll(writers);
        assertThat(Git.ok(store, "ls-tree", "-r", "--name-only", "main").lines()).hasSize(100);
        assertThat(Git.ok(store, "rev-list", "--count", "main").trim()).isEqualTo("100");
        assertThat(Git.ok(store, "rev-list", "--min-parents=2", "main").trim()).as("history is linear").isEmpty();
        Git.ok(store, "fsck", "--strict", "--no-dangling");
    }

    @Test
    void fourPushersToOneRemoteLoseNothing() throws Exception {
        Path remote = tmp.resolve("remote.git");
        Files.createDirectories(remote);
        Git.ok(remote, "init", "-q", "--bare", "-b", "main");
        List<ProcessBuilder> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            // each pusher is its own machine: its own cache clone of the remote
            writers.add(new ProcessBuilder(Git.javaCommand(StoreWriterMain.class, remote.toUri().toString(),
                    tmp.resolve("cache-" + w).toString(), "pusher-" + w, "25")));
        }
        runAll(writers);
        String files = Git.ok(remote, "ls-tree", "-r", "--name-only", "main");
        assertThat(files.lines()).hasSize(100);
        for (int w = 0; w < 4; w++) {
            String prefix = "pusher-" + w + "/";
            assertThat(files.lines().filter(l -> l.startsWith(prefix))).hasSize(25);
        }
        assertThat(Git.ok(remote, "rev-list", "--count", "main").trim()).isEqualTo("100");
        Git.ok(remote, "fsck", "--strict", "--no-dangling");
        // a pusher that repacked the remote (JGit's auto-gc on receive) held the branch's lock meanwhile
        assertThat(remote.resolve("packed-refs")).as("the remote was repacked by a pusher").doesNotExist();
    }

    @Test
    void aRemoteNobodyCanPushToStopsThePushAndTheRunsWaitInTheCache() throws Exception {
        Path remote = tmp.resolve("stuck.git");
        Files.createDirectories(remote);
        Git.ok(remote, "init", "-q", "--bare", "-b", "main");
        runAll(List.of(new ProcessBuilder(Git.javaCommand(StoreWriterMain.class, remote.toUri().toString(),
                tmp.resolve("cache").toString(), "first", "1"))));
        // a pusher killed while updating the branch leaves its lock: nobody gets through any more
        Path lock = remote.resolve("refs/heads/main.lock");
        Files.writeString(lock, Git.ok(remote, "rev-parse", "main"));

        StoreLocation loc = StoreLocation.parse(remote.toUri().toString(), tmp, tmp.resolve("cache"));
        try (GitStore store = loc.open()) {
            StoreSync sync = loc.sync(store, 3);
            sync.pull();
            store.write(RunFiles.of("second", java.time.Instant.now(), "{}\n".getBytes()));
            long t0 = System.nanoTime();
            assertThatThrownBy(sync::push).isInstanceOf(StoreException.class)
                    .hasMessageContaining("3 attempts in a row while nobody else's push landed")
                    .hasMessageContaining("the runs are safe in");
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds before giving up").isLessThan(60);

            Files.delete(lock);
            assertThat(sync.push()).isEqualTo(1);
        }
        String files = Git.ok(remote, "ls-tree", "-r", "--name-only", "main");
        assertThat(files.lines().filter(l -> l.startsWith("first/"))).hasSize(1);
        assertThat(files.lines().filter(l -> l.startsWith("second/"))).hasSize(1);
        Git.ok(remote, "fsck", "--strict", "--no-dangling");
    }
}
