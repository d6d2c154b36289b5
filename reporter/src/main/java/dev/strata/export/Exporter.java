package dev.strata.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code strata export}: the selected runs as CSV, JSON or NDJSON. Two passes over the source
 * (columns, then rows), each reading one record at a time.
 */
public final class Exporter {

    /** What to export; an empty {@code metrics} means every metric. */
    public record Request(RunFilter filter, List<String> metrics, Form form, RowWriter.Format format) {
        public Request {
            metrics = List.copyOf(metrics);
        }
    }

    private Exporter() {
    }

    /** Checks the filter against the source and finds the columns; throws on a bad filter. */
    public static Layout plan(RunSource source, Request req) {
        req.filter().requireProcessesExist(source.processes());
        ColumnScan scan = new ColumnScan();
        source.forEachSkimmed(run -> {
            if (req.filter().acceptsProcess(run.record().process())) {
                scan.add(run.record(), req.filter().accepts(run.record()));
            }
        });
        scan.requireKnown(req.metrics());
        boolean chosen = !req.metrics().isEmpty();
        return new Layout(req.form(), scan.params(), chosen ? req.metrics() : scan.defaultMetrics(), chosen);
    }

    /** Writes the export; returns the number of runs written. */
    public static int export(RunSource source, Request req, Writer out) throws IOException {
        Layout layout = plan(source, req);
        return write(source, req.filter(), layout, RowWriter.of(req.format(), out));
    }

    public static int write(RunSource source, RunFilter filter, Layout layout, RowWriter w) throws IOException {
        int[] runs = {0};
        w.header(layout.header());
        try {
            source.forEach(run -> {
                if (filter.accepts(run.record())) {
                    runs[0]++;
                    layout.rows(run, cells -> {
                        try {
                            w.row(cells);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.close();
        return runs[0];
    }
}
