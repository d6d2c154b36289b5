package dev.strata.site;

import dev.strata.series.RunSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the site's downloads ({@code data/*.csv}). The site links every file it finds in
 * {@code data/} after this ran, so an exporter only has to write its files.
 */
public interface DataExport {

    void write(List<RunSummary> runs, Path dataDir) throws IOException;

    static DataExport none() {
        return (runs, dir) -> { };
    }
}
