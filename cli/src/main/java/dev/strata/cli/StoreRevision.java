package dev.strata.cli;

import dev.strata.export.StoreRuns;
import dev.strata.store.GitStore;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An open store and the revision a reading command works on ({@code --ref}, default its branch).
 * A remote store is fetched into its local cache first.
 */
final class StoreRevision implements AutoCloseable {

    final GitStore store;
    final String rev;

    StoreRevision(StoreOptions options, String ref) {
        this.store = options.location().openForReading();
        this.rev = ref != null ? ref : store.refName();
    }

    StoreRuns runs(Predicate<String> processes, Consumer<String> warn) {
        return new StoreRuns(store.repository(), rev, processes, warn);
    }

    @Override
    public void close() {
        store.close();
    }
}
