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
 * Args: STORE-DIR-OR-URL CACHE-DIR PROCESS COUNT
 */
public final class StoreWriterMain {

    public static void main(String[] args) {
        StoreLocation loc = StoreLocation.parse(args[0], Path.of("").toAbsolutePath(), Path.of(args[1]));
        String process = args[2];
        int count = Integer.parseInt(args[3]);
        try (GitStore store = loc.open()) {
            StoreSync sync = new StoreSync(store, StoreLocation.REMOTE, 60);
            for (int i = 0; i < count; i++) {
                if (loc.isRemote()) {
                    sync.pull();
                }
                Instant now = Instant.now();
                store.write(RunFiles.of(process, now, RunJson.write(Records.minimal(process, now, 0.01 * i, 1024L * i))));
                if (loc.isRemote()) {
                    sync.push();
                }
            }
        }
        System.out.println("wrote " + count);
    }
}
