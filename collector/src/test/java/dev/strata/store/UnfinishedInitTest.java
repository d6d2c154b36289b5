package dev.strata.store;

import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A first run killed while it created the store: the next run finishes the store and commits, and
 * a folder holding anything a creation does not write is never cleared.
 */
class UnfinishedInitTest {

    @TempDir
    Path tmp;

    /** The store as a real `git init --bare` leaves it, with the named entries taken away again. */
    private Path cut(String name, String... removed) throws Exception {
        Path dir = tmp.resolve(name);
        Git.ok(tmp, "init", "-q", "--bare", dir.toString());
        for (String r : removed) {
            try (Stream<Path> walk = Files.walk(dir.resolve(r))) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return dir;
    }

    @Test
    void everyStageOfAnUnfinishedCreationIsFinishedByTheNextRun() throws Exception {
        List<Path> stages = List.of(
                cut("no-config", "config"),
                cut("no-config-no-head", "config", "HEAD"),
                cut("folders-only", "config", "HEAD", "hooks", "info", "description", "branches"),
                cut("objects-only", "config", "HEAD", "hooks", "info", "description", "branches", "refs"));
        Files.writeString(stages.get(0).resolve("strata.lock"), "");
        for (Path dir : stages) {
            try (GitStore store = GitStore.openOrCreate(dir)) {
                store.write(GitStoreTest.run("survivor", Instant.parse("2026-11-30T04:00:00Z")));
            }
            assertThat(Git.ok(dir, "rev-list", "--count", "main").trim()).as(dir.toString()).isEqualTo("1");
            Git.ok(dir, "fsck", "--strict", "--no-dangling");
        }
    }

    @Test
    void aFolderWithAnythingElseInItIsLeftAsItIs() throws Exception {
        Path notes = cut("with-notes", "config");
        Files.writeString(notes.resolve("notes.txt"), "mine");
        Path refs = cut("with-a-ref", "config");
        Files.writeString(refs.resolve("refs/heads/main"), "0".repeat(40) + "\n");

        assertThat(UnfinishedInit.isUnfinished(notes)).isFalse();
        assertThat(UnfinishedInit.isUnfinished(refs)).isFalse();
        assertThatThrownBy(() -> GitStore.openOrCreate(refs).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining(refs.toString());
        assertThat(Files.readString(refs.resolve("refs/heads/main"))).startsWith("0000");
        assertThat(UnfinishedInit.isUnfinished(cut("complete"))).isFalse();
        assertThat(UnfinishedInit.isUnfinished(Files.createDirectories(tmp.resolve("empty")))).isFalse();
    }
}
