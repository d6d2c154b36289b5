package dev.strata.store;

import java.util.List;

/** Where runs go. One commit per call: readers only ever see whole runs. */
public interface Store extends AutoCloseable {

    StoredRun write(RunFiles run);

    /** Writes several runs (a suite batch, an import) as one commit. */
    List<StoredRun> writeAll(List<RunFiles> runs, String message);

    /** Sends what was written to the store's remote, when it has one and was asked to (else nothing). */
    default void publish() {
    }

    @Override
    void close();
}
