package dev.strata.cli;

import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.store.StoreLocation;
import dev.strata.store.StoreSync;
import dev.strata.suite.Batch;

import java.util.List;

/** Where a suite's batches go: one commit per batch, pushed after each when asked (or when the store is remote). */
final class SuiteStore implements AutoCloseable {

    private static final int PUSH_ATTEMPTS = 30;

    private final StoreLocation location;
    private final GitStore store;
    private final boolean push;

    private SuiteStore(StoreLocation location, GitStore store, boolean push) {
        this.location = location;
        this.store = store;
        this.push = push;
    }

    static SuiteStore open(StoreLocation location, boolean push) {
        GitStore store = location.open();
        if (location.isRemote()) {
            new StoreSync(store, StoreLocation.REMOTE, PUSH_ATTEMPTS).pull();
        }
        return new SuiteStore(location, store, push || location.isRemote());
    }

    int commit(Batch batch, List<RunFiles> runs) {
        int n = store.writeAll(runs, "suite " + batch.suite() + ": " + batch.label() + " (" + runs.size() + " runs, batch "
                + batch.id() + ")").size();
        if (push) {
            new StoreSync(store, StoreLocation.REMOTE, PUSH_ATTEMPTS).push();
        }
        return n;
    }

    String where() {
        return location.isRemote() ? location.remoteUrl() : location.localDir().toString();
    }

    @Override
    public void close() {
        store.close();
    }
}
