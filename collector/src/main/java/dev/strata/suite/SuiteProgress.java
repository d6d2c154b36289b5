package dev.strata.suite;

import dev.strata.record.RunRecord;

/** What a suite run tells whoever watches it: a progress bar on a terminal, plain lines in CI. */
public interface SuiteProgress extends AutoCloseable {

    void started(int totalRuns);

    void running(Batch batch, PlannedRun run);

    void finished(Batch batch, PlannedRun run, RunRecord record);

    void committed(Batch batch, int runs);

    /** The batch will not run (further): its setup failed, its program does not exist, ... */
    void skipped(Batch batch, String why);

    @Override
    void close();
}
