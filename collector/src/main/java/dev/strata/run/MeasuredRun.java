package dev.strata.run;

import dev.strata.measure.ScratchFiles;
import dev.strata.record.RunRecord;
import dev.strata.store.RunFiles;

import java.nio.file.Path;

/**
 * One measured run, not yet stored: its record and files (the files live in a scratch directory
 * until {@link #close}, so commit them first). {@code record} is null when nothing was recorded
 * (the program does not exist, strata was interrupted); {@code message} then says why.
 */
public record MeasuredRun(RunRecord record, RunFiles files, int exitCode, String message, Path scratch)
        implements AutoCloseable {

    static MeasuredRun nothing(int exitCode, String message, Path scratch) {
        return new MeasuredRun(null, null, exitCode, message, scratch);
    }

    @Override
    public void close() {
        if (scratch == null) {
            return;
        }
        ScratchFiles.release(scratch);
    }
}
