package dev.strata.importer;

/** What an import did: points read, runs added, points already in the store, commits made. */
public record ImportReport(int points, int added, int alreadyPresent, int commits) {
}
