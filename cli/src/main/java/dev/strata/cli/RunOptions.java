package dev.strata.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code strata run} and {@code strata suite run} both say about the runs they record. */
final class RunOptions {

    @Option(names = "--tag", description = "Release tag or label of the runs, e.g. v1.15 (overrides a suite file's tag).")
    String tag;
    @Option(names = "--repo", paramLabel = "DIR", description = "Repository of the code under test (default: current directory).")
    Path repo;
    @Option(names = "--host-id", description = "Series key of this machine (default: hostname; in CI the runner class).")
    String hostId;
    @Option(names = "--push", description = "Push the store to its remote 'origin' after each commit (a run, or a suite's batch).")
    boolean push;

    /** The code under test: {@code --repo} against {@code cwd}, or {@code cwd}. */
    Path repoDir(Path cwd) {
        Path dir = repo == null ? cwd : cwd.resolve(repo);
        if (!Files.isDirectory(dir)) {
            throw new Errors.UsageException("--repo " + repo + ": no such directory");
        }
        return dir;
    }
}
