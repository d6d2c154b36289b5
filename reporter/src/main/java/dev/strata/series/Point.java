package dev.strata.series;

import java.time.Instant;
import java.util.List;

/**
 * One commit of the code under test in a series: the median of its repetitions, their spread
 * (smallest and largest) and count, and the store paths of the runs behind it.
 *
 * @param sha        commit of the code under test; for a run without Git facts, its run id
 * @param commitTime when that commit was made (a run's start when it has no Git facts)
 * @param spread     the point's own uncertainty as a relative standard deviation ({@link Spread}); NaN if unknown
 */
public record Point(String sha, Instant commitTime, double median, double min, double max, int n,
                    String tag, List<String> runPaths, double spread) {

    public Point {
        runPaths = List.copyOf(runPaths);
    }

    /** A point whose uncertainty is unknown. */
    public Point(String sha, Instant commitTime, double median, double min, double max, int n, String tag,
                 List<String> runPaths) {
        this(sha, commitTime, median, min, max, n, tag, runPaths, Double.NaN);
    }

    /** A point of one value, as imported histories and tests have them. */
    public static Point of(String sha, Instant commitTime, double value) {
        return new Point(sha, commitTime, value, value, value, 1, null, List.of());
    }

    public String shortSha() {
        return sha.length() > 10 ? sha.substring(0, 10) : sha;
    }
}
