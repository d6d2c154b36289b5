package dev.strata.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import dev.strata.series.RunSummary;

/**
 * {@code strata export}: the selected runs as CSV, JSON or NDJSON, from their summaries (the store's
 * cache): one pass finds the columns, one writes the rows.
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
    public static Layout plan(List<RunSummary> runs, Request req) {
        req.filter().requireProcessesExist(processes(runs));
        ColumnScan scan = new ColumnScan();
        for (RunSummary run : runs) {
            if (req.filter().acceptsProcess(run.process())) {
                scan.add(run, req.filter().accepts(run));
            }
        }
        scan.requireKnown(req.metrics());
        boolean chosen = !req.metrics().isEmpty();
        return new Layout(req.form(), scan.params(), chosen ? req.metrics() : scan.defaultMetrics(), chosen);
    }

    /** Writes the export; returns the number of runs written. */
    public static int export(List<RunSummary> runs, Request req, Writer out) throws IOException {
        Layout layout = plan(runs, req);
        return write(runs, req.filter(), layout, RowWriter.of(req.format(), out));
    }

    public static int write(List<RunSummary> runs, RunFilter filter, Layout layout, RowWriter w) throws IOException {
        int n = 0;
        w.header(layout.header());
        try {
            for (RunSummary run : runs) {
                if (filter.accepts(run)) {
                    n++;
                    layout.rows(run, cells -> {
                        try {
                            w.row(cells);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.close();
        return n;
    }

    /** The processes of these runs, in store order: what a {@code --process} glob is checked against. */
    public static List<String> processes(List<RunSummary> runs) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        runs.forEach(r -> out.add(r.process()));
        return List.copyOf(out);
    }
}
