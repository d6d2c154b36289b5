package dev.strata.suite;

import dev.strata.record.RunRecord;
import dev.strata.store.RunFiles;

import java.io.IOException;

/** Measures one planned run of a batch without committing it; the suite commits whole batches. */
public interface RunExecutor {

    Measured execute(Batch batch, PlannedRun run) throws IOException;

    /**
     * A measured run (record and files to commit, then {@link #close}), or nothing with the reason:
     * {@code interrupted} when strata was asked to stop, which ends the suite.
     */
    record Measured(RunRecord record, RunFiles files, int exitCode, String message, boolean interrupted,
                    AutoCloseable resources) implements AutoCloseable {

        @Override
        public void close() {
            if (resources != null) {
                try {
                    resources.close();
                } catch (Exception ignored) {
                    // scratch files left behind are harmless
                }
            }
        }
    }
}
