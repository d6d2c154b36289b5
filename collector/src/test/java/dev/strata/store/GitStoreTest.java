package dev.strata.store;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.testing.Git;
import dev.strata.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitStoreTest {

    @TempDir
    Path tmp;

    static RunFiles run(String process, Instant t) {
        return RunFiles.of(process, t, RunJson.write(Records.minimal(process, t, 1.0, 1024)));
    }

    @Test
    void createsABareStoreOnFirstUseAndCommitsOneRunPerCommit() {
        Path dir = tmp.resolve("results");
        Instant t = Instant.parse("2026-11-27T10:15:30.123Z");
        StoredRun a, b;
        try (GitStore store = GitStore.openOrCreate(dir)) {
            a = store.write(run("ingest", t));
            b = store.write(run("ingest", t));
            store.write(run("a.b", t));
            store.write(run("a", t));
        }
        assertThat(Git.ok(dir, "rev-parse", "--is-bare-repository").trim()).isEqualTo("true");
        assertThat(Git.ok(dir, "rev-list", "--count", "main").trim()).isEqualTo("4");
        assertThat(a.folder()).startsWith("2026-11-27T10-15-30.123Z-").isNotEqualTo(b.folder());
        assertThat(RunFolderName.isValid(a.folder())).isTrue();
        String files = Git.ok(dir, "ls-tree", "-r", "--name-only", "main");
        assertThat(files.lines()).hasSize(4).contains(a.path() + "/run.json", b.path() + "/run.json");
        Git.ok(dir, "fsck", "--strict", "--no-dangling");
        RunRecord back = RunJson.read(Git.ok(dir, "show", "main:" + a.path() + "/run.json")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "x");
        assertThat(back.process()).isEqualTo("ingest");
    }

    @Test
    void attachmentsLandInTheRunFolder() throws Exception {
        Path svg = Files.writeString(tmp.resolve("f.svg"), "<svg/>");
        Path folded = Files.writeString(tmp.resolve("p.folded"), "a;b 3\n");
        TreeMap<String, Path> att = new TreeMap<>();
        att.put("flamegraphs/py-spy.svg", svg);
        att.put("profiles/py-spy.folded", folded);
        Instant t = Instant.now();
        StoredRun r;
        try (GitStore store = GitStore.openOrCreate(tmp.resolve("s"))) {
            r = store.write(new RunFiles("p", t, RunJson.write(Records.minimal("p", t, 1, 1)), att));
        }
        assertThat(Git.ok(tmp.resolve("s"), "ls-tree", "-r", "--name-only", "main").lines().toList()).containsExactly(
                r.path() + "/flamegraphs/py-spy.svg", r.path() + "/profiles/py-spy.folded", r.path() + "/run.json");
        assertThat(Git.ok(tmp.resolve("s"), "show", "main:" + r.path() + "/profiles/py-spy.folded")).isEqualTo("a;b 3\n");
        Git.ok(tmp.resolve("s"), "fsck", "--strict", "--no-dangling");
    }

    @Test
    void refusesTheBranchACloneHasCheckedOutSoTheUsersNextCommitLosesNoRun() throws Exception {
        Path origin = tmp.resolve("origin.git");
        try (GitStore store = GitStore.openOrCreate(origin)) {
            store.write(run("ingest", Instant.parse("2026-01-01T00:00:00Z")));
            store.write(run("ingest", Instant.parse("2026-01-02T00:00:00Z")));
        }
        Path clone = tmp.resolve("clone");
        Git.ok(tmp, "clone", "-q", origin.toString(), clone.toString());
        try (GitStore store = GitStore.open(clone)) {
            assertThatThrownBy(() -> store.write(run("ingest", Instant.parse("2026-01-03T00:00:00Z"))))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(clone + " is a clone with main checked out")
                    .hasMessageContaining("git clone --bare").hasMessageContaining("--store-branch");
        }
        // the user's next unrelated commit in the clone keeps every run
        assertThat(Git.ok(clone, "status", "--porcelain")).isEmpty();
        Files.writeString(clone.resolve("notes.md"), "unrelated\n");
        Git.ok(clone, "add", "-A");
        Git.ok(clone, "commit", "-qm", "notes");
        assertThat(Git.ok(clone, "ls-tree", "-r", "--name-only", "HEAD").lines().filter(l -> l.endsWith("run.json")))
                .hasSize(2);
        // a bare store (or another branch of the same repository) is written as before
        try (GitStore store = GitStore.open(origin)) {
            store.write(run("ingest", Instant.parse("2026-01-03T00:00:00Z")));
        }
        Git.ok(clone, "switch", "-q", "-c", "elsewhere");
        try (GitStore store = GitStore.onBranch(new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(clone.resolve(".git").toFile()).build(), "refs/heads/main")) {
            store.write(run("ingest", Instant.parse("2026-01-04T00:00:00Z")));
        }
        assertThat(Git.ok(clone, "ls-tree", "-r", "--name-only", "main").lines().filter(l -> l.endsWith("run.json")))
                .hasSize(3);
    }

    @Test
    void aStoreWhoseHeadNamesNoBranchYetIsReadFromMain() throws Exception {
        Path dir = tmp.resolve("init-bare");
        Git.ok(tmp, "-c", "init.defaultBranch=master", "init", "-q", "--bare", dir.toString());
        Git.ok(tmp, "clone", "-q", dir.toString(), tmp.resolve("w").toString());
        Files.writeString(tmp.resolve("w").resolve("x"), "x");
        Git.ok(tmp.resolve("w"), "add", "x");
        Git.ok(tmp.resolve("w"), "commit", "-qm", "x");
        Git.ok(tmp.resolve("w"), "push", "-q", "origin", "HEAD:main");
        try (GitStore store = GitStore.open(dir)) {
            assertThat(store.refName()).isEqualTo("refs/heads/main");
        }
        Git.ok(tmp.resolve("w"), "push", "-q", "origin", "HEAD:master");
        try (GitStore store = GitStore.open(dir)) {
            assertThat(store.refName()).as("HEAD's branch, once it exists").isEqualTo("refs/heads/master");
        }
    }

    @Test
    void batchWritesAreOneCommit() {
        List<RunFiles> runs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            runs.add(run("p" + (i % 3), Instant.ofEpochMilli(1_700_000_000_000L + i)));
        }
        Path dir = tmp.resolve("b");
        try (GitStore store = GitStore.openOrCreate(dir)) {
            assertThat(store.writeAll(runs, "import 50 runs")).hasSize(50);
        }
        assertThat(Git.ok(dir, "rev-list", "--count", "main").trim()).isEqualTo("1");
        assertThat(Git.ok(dir, "ls-tree", "-r", "--name-only", "main").lines()).hasSize(50);
        Git.ok(dir, "fsck", "--strict", "--no-dangling");
    }

    @Test
    void processNamesCannotLeaveTheStore() {
        for (String bad : List.of("../../etc", "..", "a/b", "/abs", "", "UPPER", "-dash", ".hidden", "x".repeat(65))) {
            assertThatThrownBy(() -> ProcessKey.require(bad)).as(bad).hasMessageContaining("invalid process name");
        }
        assertThat(ProcessKey.require("ingest-pbmc3k.v2_x")).isEqualTo("ingest-pbmc3k.v2_x");
        assertThat(ProcessKey.derive(List.of("/usr/bin/Python3", "ingest.py"))).matches("python3-[0-9a-f]{6}");
        assertThat(ProcessKey.derive(List.of("../..", "x"))).matches("cmd-[0-9a-f]{6}");
        assertThat(ProcessKey.derive(List.of("python3", "a.py"))).isNotEqualTo(ProcessKey.derive(List.of("python3", "b.py")));
    }

    @Test
    void openingSomethingThatIsNotAStoreSaysSo() {
        assertThatThrownBy(() -> GitStore.open(tmp.resolve("nothing"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("no store at");
    }
}
