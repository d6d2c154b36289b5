package dev.strata.testing;

import dev.strata.record.RunJson;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.store.StoreLocation;
import dev.strata.store.StoreSync;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A collector in its own process, for concurrency tests: writes N runs to a store, one commit
 * each, optionally pushing after every run like {@code strata run --push}.
 * Args: STORE-DIR-OR-URL CACHE-DIR PROCESS COUNT, or {@code branch:NAME} REPO-DIR PROCESS COUNT for a
 * branch of the repository at REPO-DIR pushed to its origin.
 */
public final class StoreWriterMain {

    public static void main(String[] args) {
        StoreLocation loc = args[0].startsWith("branch:")
                ? StoreLocation.branch(Path.of(args[1]), args[0].substring("branch:".length()), "origin")
                : StoreLocation.parse(args[0], Path.of("").toAbsolutePath(), Path.of(args[1]));
        boolean syncs = loc.isRemote() || loc.isBranch();
        String process = args[2];
        int count = Integer.parseInt(args[3]);
        int maxAttempts = 0;
        int totalAttempts = 0;
        try (GitStore store = loc.open()) {
            StoreSync sync = loc.sync(store, 30); // what strata run and suite run give it
            for (int i = 0; i < count; i++) {
                if (syncs) {
                    sync.pull();
                }
                Instant now = Instant.now();
                store.write(RunFiles.of(process, now, RunJson.write(Records.minimal(process, now, 0.01 * i, 1024L * i))));
                if (syncs) {
                    int a = sync.push();
                    maxAttempts = Math.max(maxAttempts, a);
                    totalAttempts += a;
                }
            }
        }
        System.out.println("wrote " + count + (syncs ? ", push attempts: most " + maxAttempts + ", all " + totalAttempts : ""));
    }
}
