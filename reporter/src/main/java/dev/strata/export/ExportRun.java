package dev.strata.export;

import dev.strata.record.RunRecord;

/** A run as export sees it: its store path ({@code process/folder}) and its record. */
public record ExportRun(String path, RunRecord record) {
}
