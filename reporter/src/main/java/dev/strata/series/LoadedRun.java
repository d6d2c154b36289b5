package dev.strata.series;

import dev.strata.record.RunRecord;

/** A run read from the store, with where it lives ({@code process/folder}). */
public record LoadedRun(String path, String folder, RunRecord record) {
}
