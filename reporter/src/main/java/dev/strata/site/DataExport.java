package dev.strata.site;

import dev.strata.series.RunSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes the site's downloads ({@code data/*.csv}). The site links every file it finds in
 * {@code data/} after this ran, so an exporter only has to write its files.
 */
public interface DataExport {

    /** {@code privacy} turns each run into what the site may show (on a public site: less). */
    void write(List<RunSummary> runs, Path dataDir, UnaryOperator<RunSummary> privacy) throws IOException;

    static DataExport none() {
        return (runs, dir, privacy) -> { };
    }
}
