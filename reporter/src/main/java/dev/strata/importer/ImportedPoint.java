package dev.strata.importer;

import dev.strata.record.HostInfo;

import java.time.Instant;
import java.util.Map;

/**
 * One point of an existing history: one benchmark (series and parameter set) measured once at
 * one commit. {@code runTime} is when it was measured, when the source says so.
 *
 * @param source   asv, gab or csv
 * @param file     the file it came from, relative to what was imported
 * @param suite    the source's own grouping (a github-action-benchmark name, an asv environment)
 * @param params   parameter name to value, in the benchmark's order (empty when not parametrised)
 * @param range    the spread the source published, verbatim (may be null)
 * @param language language of the benchmarked code when the source tells it (may be null)
 */
public record ImportedPoint(String source, String file, String suite, String series, Map<String, String> params,
                            String commit, Instant commitTime, Instant runTime, double value, String unit,
                            String range, HostInfo host, String language, String repoUrl) {

    public ImportedPoint {
        params = params == null ? Map.of() : params;
    }

    /** The time the run is filed under: when it was measured, else the commit's time. */
    public Instant startedAt() {
        return runTime != null ? runTime : commitTime;
    }
}
