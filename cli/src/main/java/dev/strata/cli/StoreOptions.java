package dev.strata.cli;

import dev.strata.store.StoreLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --store}, shared by every command that reads or writes the store. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "Results store: a directory (created on first use) or a Git URL (default: ./results).")
    String store;

    StoreLocation location() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path cacheRoot = cache != null ? Path.of(cache, "strata")
                : Path.of(System.getProperty("user.home"), ".cache", "strata");
        return StoreLocation.parse(store, Path.of("").toAbsolutePath(), cacheRoot);
    }
}
