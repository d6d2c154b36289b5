package dev.strata.cli;

import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands on {@code --store-branch}: one job records and pushes, another clone reads and builds the site. */
class StoreBranchCommandTest {

    @TempDir
    Path tmp;

    private Path hosted() throws Exception {
        Path seed = tmp.resolve("seed");
        Files.createDirectories(seed);
        Git.ok(seed, "init", "-q", "-b", "main");
        Files.writeString(seed.resolve("README"), "code\n");
        Git.ok(seed, "add", "README");
        Git.ok(seed, "commit", "-q", "-m", "code");
        Path origin = tmp.resolve("project.git");
        Git.ok(tmp, "clone", "-q", "--bare", seed.toString(), origin.toString());
        return origin;
    }

    private Path clone(Path origin, String name) {
        Git.ok(tmp, "clone", "-q", "--depth", "1", origin.toUri().toString(), tmp.resolve(name).toString());
        return tmp.resolve(name);
    }

    @Test
    void aJobPushesItsRunsAndAnotherCloneReportsThem() throws Exception {
        Path origin = hosted();
        Path job = clone(origin, "job");
        Cli.Result run = Cli.run(job, "run", "--store-branch", "perf-results", "--push", "--name", "noop",
                "--sample-interval", "0", "--", "true");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("strata: recorded noop/").contains(" in branch perf-results of " + job);
        assertThat(Git.ok(job, "status", "--porcelain").trim()).as("work tree untouched").isEmpty();
        assertThat(Git.ok(origin, "ls-tree", "-r", "--name-only", "perf-results")).contains("noop/");

        Path reader = clone(origin, "reader");
        Cli.Result ls = Cli.run(reader, "ls", "processes", "--store-branch", "perf-results");
        assertThat(ls.exitCode()).as(ls.err()).isZero();
        assertThat(ls.out()).contains("noop");
        Cli.Result report = Cli.run(reader, "report", "--store-branch", "perf-results", "--out", tmp.resolve("site").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(tmp.resolve("site/p/noop.html")).exists();
    }

    @Test
    void misconfigurationsAreOneLineEach() throws Exception {
        Path job = clone(hosted(), "job");
        Cli.Result missing = Cli.run(job, "report", "--store-branch", "perf-results", "--out", tmp.resolve("s").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n")
                .startsWith("strata: no results branch 'perf-results' on origin (")
                .contains("the first `strata run --store-branch perf-results --push` creates it");
        Cli.Result both = Cli.run(job, "ls", "processes", "--store", "x", "--store-branch", "perf-results");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("strata: --store and --store-branch name two different stores: give one");
    }
}
