package dev.strata.cli;

import dev.strata.config.StoreConfig;
import dev.strata.config.StrataConfig;
import dev.strata.series.RunSummary;
import dev.strata.store.GitStore;
import dev.strata.store.StoreLocation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The run summaries and the strata.yaml of a store at a revision, read through the store's shared
 * summary cache, with unreadable runs skipped and named.
 */
record StoreRuns(List<RunSummary> runs, StrataConfig config, String rev) {

    static StoreRuns load(Path storeDir, String ref, PrintWriter err) {
        return load(new StoreLocation(storeDir, null), ref, err);
    }

    /** Reads the store where {@code location} says, fetching a remote or branch store first. */
    static StoreRuns load(StoreLocation location, String ref, PrintWriter err) {
        String storeDir = location.describe();
        try (GitStore store = location.openForReading()) {
            String rev = StoreRevision.resolve(store, ref, storeDir, err);
            if (store.repository().resolve(rev) == null) {
                throw new Errors.UsageException("the store " + storeDir + " has no runs yet");
            }
            List<RunSummary> runs = StoreRevision.summaries(store, rev, err).runs();
            return new StoreRuns(runs, StoreConfig.read(store.repository(), rev), rev);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
