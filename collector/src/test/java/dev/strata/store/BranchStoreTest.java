package dev.strata.store;

import dev.strata.record.RunJson;
import dev.strata.testing.Git;
import dev.strata.testing.GitHttpServer;
import dev.strata.testing.Records;
import dev.strata.testing.StoreWriterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --store-branch}: runs on a branch of the code repository, as CI jobs record them. */
class BranchStoreTest {

    @TempDir
    Path tmp;

    /** A hosted repository with some code on main, and a shallow CI checkout of it. */
    private Path origin() throws Exception {
        Path seed = tmp.resolve("seed");
        Files.createDirectories(seed);
        Git.ok(seed, "init", "-q", "-b", "main");
        Files.writeString(seed.resolve("code.py"), "print('v1')\n");
        Git.ok(seed, "add", "code.py");
        Git.ok(seed, "commit", "-q", "-m", "v1");
        Files.writeString(seed.resolve("code.py"), "print('v2')\n");
        Git.ok(seed, "commit", "-q", "-am", "v2");
        Path origin = tmp.resolve("hosted").resolve("project.git");
        Files.createDirectories(origin.getParent());
        Git.ok(tmp, "clone", "-q", "--bare", seed.toString(), origin.toString());
        return origin;
    }

    private Path checkout(String url, String name) {
        Path job = tmp.resolve(name);
        Git.ok(tmp, "clone", "-q", "--depth", "1", url, job.toString());
        return job;
    }

    private static void write(StoreLocation loc, String process, int runs) {
        try (GitStore store = loc.open()) {
            StoreSync sync = loc.sync(store, 30);
            for (int i = 0; i < runs; i++) {
                sync.pull();
                Instant t = Instant.now();
                store.write(RunFiles.of(process, t, RunJson.write(Records.minimal(process, t, 1.0 + i, 1024L))));
                sync.push();
            }
        }
    }

    @Test
    void firstPushCreatesTheBranchAndLeavesWorkTreeIndexAndHeadAlone() throws Exception {
        Path origin = origin();
        Path job = checkout(origin.toUri().toString(), "job");
        Files.writeString(job.resolve("code.py"), "print('edited, not committed')\n");
        Files.writeString(job.resolve("staged.txt"), "staged\n");
        Git.ok(job, "add", "staged.txt");
        String statusBefore = Git.ok(job, "status", "--porcelain=v2", "--branch");
        String indexBefore = Git.ok(job, "ls-files", "--stage");

        write(StoreLocation.branch(job, "perf-results", null), "ingest", 3);

        assertThat(Git.ok(job, "status", "--porcelain=v2", "--branch")).isEqualTo(statusBefore);
        assertThat(Git.ok(job, "ls-files", "--stage")).isEqualTo(indexBefore);
        assertThat(Git.ok(job, "rev-parse", "--abbrev-ref", "HEAD").trim()).isEqualTo("main");
        assertThat(Files.readString(job.resolve("code.py"))).isEqualTo("print('edited, not committed')\n");
        assertThat(Git.ok(origin, "ls-tree", "-r", "--name-only", "perf-results").lines())
                .hasSize(3).allMatch(l -> l.startsWith("ingest/") && l.endsWith("/run.json"));
        assertThat(Git.ok(origin, "rev-list", "--count", "perf-results").trim()).isEqualTo("3");
        assertThat(Git.ok(origin, "rev-list", "--count", "main").trim()).as("the code's history is untouched").isEqualTo("2");
        Git.ok(origin, "fsck", "--strict", "--no-dangling");
    }

    @Test
    void twoJobsPushingAtOnceLoseNothing() throws Exception {
        Path origin = origin();
        List<Process> jobs = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            Path job = checkout(origin.toUri().toString(), "job-" + j);
            jobs.add(new ProcessBuilder(Git.javaCommand(StoreWriterMain.class, "branch:perf-results", job.toString(),
                    "job-" + j, "15")).redirectErrorStream(true).start());
        }
        for (Process p : jobs) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
        }
        String files = Git.ok(origin, "ls-tree", "-r", "--name-only", "perf-results");
        assertThat(files.lines().filter(l -> l.startsWith("job-0/"))).hasSize(15);
        assertThat(files.lines().filter(l -> l.startsWith("job-1/"))).hasSize(15);
        assertThat(Git.ok(origin, "rev-list", "--count", "perf-results").trim()).isEqualTo("30");
        assertThat(Git.ok(origin, "rev-list", "--min-parents=2", "perf-results").trim()).as("linear").isEmpty();
        Git.ok(origin, "fsck", "--strict", "--no-dangling");
    }

    @Test
    void overHttpTheCheckoutsTokenPushesAndWithoutItThePushIsRefusedInOneLine() throws Exception {
        Path origin = origin();
        Git.ok(origin, "config", "http.receivepack", "true");
        String token = "Basic " + Base64.getEncoder().encodeToString("x-access-token:t0k".getBytes(StandardCharsets.UTF_8));
        try (GitHttpServer http = new GitHttpServer(origin.getParent(), token)) {
            String url = http.url("project.git");
            Git.ok(origin, "config", "--unset", "http.receivepack"); // pushing needs the token from here on
            Path withToken = checkout(url, "job-token");
            // what actions/checkout leaves in the clone's config
            Git.ok(withToken, "config", "http." + url + ".extraheader", "AUTHORIZATION: " + token);
            write(StoreLocation.branch(withToken, "perf-results", "origin"), "ingest", 2);
            assertThat(Git.ok(origin, "ls-tree", "-r", "--name-only", "perf-results").lines()).hasSize(2);

            Path readOnly = checkout(url, "job-read-only");
            assertThatThrownBy(() -> write(StoreLocation.branch(readOnly, "perf-results", "origin"), "ingest", 1))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("no permission to push perf-results to 'origin' (" + url + ")")
                    .hasMessageContaining("permissions: contents: write")
                    .hasMessageNotContaining("\n");
            assertThat(Git.ok(origin, "ls-tree", "-r", "--name-only", "perf-results").lines()).hasSize(2);
        }
    }

    @Test
    void readingABranchThatExistsNowhereSaysHowItComesToExist() throws Exception {
        Path origin = origin();
        Path job = checkout(origin.toUri().toString(), "job");
        StoreLocation loc = StoreLocation.branch(job, "perf-results", null);
        assertThatThrownBy(loc::openForReading).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("no results branch 'perf-results' on origin (")
                .hasMessageContaining("strata run --store-branch perf-results --push");
        write(StoreLocation.branch(checkout(origin.toUri().toString(), "other"), "perf-results", null), "ingest", 1);
        try (GitStore store = loc.openForReading()) {
            assertThat(store.tip()).as("fetched from origin").isNotNull();
            assertThat(store.refName()).isEqualTo("refs/heads/perf-results");
        }
    }

    @Test
    void theCheckedOutBranchIsNeverTheResultsBranch() throws Exception {
        Path origin = origin();
        Path job = checkout(origin.toUri().toString(), "job");
        assertThatThrownBy(() -> StoreLocation.branch(job, "main", null).open()).isInstanceOf(StoreException.class)
                .hasMessageContaining("is the branch checked out in");
        assertThatThrownBy(() -> StoreLocation.branch(job, "bad..name", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--store-branch 'bad..name': not a valid branch name");
    }

    @Test
    void aBranchWrittenByANewerSchemaIsRefusedBeforeAnythingIsReadOrAdded() throws Exception {
        Path origin = origin();
        write(StoreLocation.branch(checkout(origin.toUri().toString(), "first"), "perf-results", null), "ingest", 1);
        String tree = Git.ok(origin, "rev-parse", "perf-results^{tree}").trim();
        String newer = Git.ok(origin, "commit-tree", tree, "-p", "perf-results", "-m",
                "run ingest/x\n\nStrata-Schema: strata.run/2").trim();
        Git.ok(origin, "update-ref", "refs/heads/perf-results", newer);

        Path job = checkout(origin.toUri().toString(), "job");
        assertThatThrownBy(() -> StoreLocation.branch(job, "perf-results", null).openForReading())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("was written by a newer strata (schema strata.run/2; this one knows strata.run/1)")
                .hasMessageContaining("upgrade strata");
        assertThatThrownBy(() -> write(StoreLocation.branch(job, "perf-results", null), "ingest", 1))
                .hasMessageContaining("written by a newer strata");
        assertThat(Git.ok(origin, "rev-parse", "perf-results").trim()).as("nothing added").isEqualTo(newer);
        assertThat(Git.ok(origin, "log", "-1", "--format=%B", newer + "~1")).contains("Strata-Schema: strata.run/1");
    }
}
