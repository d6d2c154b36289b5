package dev.strata.cli;

import dev.strata.config.StoreConfig;
import dev.strata.config.StrataConfig;
import dev.strata.series.LoadedRun;
import dev.strata.series.RunLoader;
import dev.strata.store.GitStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The runs and the strata.yaml of a store at a revision, with unreadable runs skipped and named. */
record StoreRuns(List<LoadedRun> runs, StrataConfig config, String rev) {

    static StoreRuns load(Path storeDir, String ref, PrintWriter err) {
        try (GitStore store = GitStore.open(storeDir)) {
            String rev = ref != null ? ref : store.refName();
            if (store.repository().resolve(rev) == null) {
                throw new Errors.UsageException(ref != null ? "--ref " + ref + ": no such revision in the store "
                        + storeDir : "the store " + storeDir + " has no runs yet");
            }
            List<LoadedRun> runs = new RunLoader(store.repository(),
                    w -> err.println("strata: warning: " + w)).load(rev);
            return new StoreRuns(runs, StoreConfig.read(store.repository(), rev), rev);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
