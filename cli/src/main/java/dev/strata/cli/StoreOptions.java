package dev.strata.cli;

import dev.strata.store.LockWait;
import dev.strata.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code --store} or {@code --store-branch}, shared by every command that reads or writes the store. */
class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "Results store: a directory (created on first use) or a Git URL (default: ./results).")
    String store;
    @Option(names = "--store-branch", paramLabel = "BRANCH",
            description = "Keep the runs on this branch of the code repository (e.g. perf-results), fetched from and"
                    + " pushed to --store-remote; the work tree and the checked-out branch are never touched.")
    String storeBranch;
    @Option(names = "--store-remote", paramLabel = "REMOTE",
            description = "The remote of --store-branch (default: origin).")
    String storeRemote;
    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "How long a writer waits for the store while another holds it (default 10m).")
    String lockTimeout;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    StoreLocation location() {
        return location(Path.of("").toAbsolutePath());
    }

    /** @param repoDir the code repository, which holds the branch of {@code --store-branch} */
    StoreLocation location(Path repoDir) {
        LockWait.configure(lockTimeout == null ? LockWait.DEFAULT_TIMEOUT : Durations.parse("--lock-timeout", lockTimeout),
                m -> {
                    // said once per wait, on the command's stderr
                    var err = mixee.commandLine().getErr();
                    err.println("strata: " + m);
                    err.flush();
                });
        if (storeBranch != null) {
            if (store != null) {
                throw new Errors.UsageException("--store and --store-branch name two different stores: give one");
            }
            return StoreLocation.branch(repoDir, storeBranch, storeRemote);
        }
        if (storeRemote != null) {
            throw new Errors.UsageException("--store-remote " + storeRemote + " goes with --store-branch BRANCH");
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path cacheRoot = cache != null ? Path.of(cache, "strata")
                : Path.of(System.getProperty("user.home"), ".cache", "strata");
        return StoreLocation.parse(store, Path.of("").toAbsolutePath(), cacheRoot);
    }
}
