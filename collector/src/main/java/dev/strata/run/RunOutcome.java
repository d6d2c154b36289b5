package dev.strata.run;

import dev.strata.record.RunRecord;
import dev.strata.store.StoredRun;

/** What happened: the record (null when nothing was recorded), where it went, and the exit code to use. */
public record RunOutcome(RunRecord record, StoredRun stored, int exitCode, String message) {
}
