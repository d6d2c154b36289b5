package dev.strata.export;

import dev.strata.output.OutputFormat;
import dev.strata.series.RunSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code strata export}: the selected runs as CSV, JSON or NDJSON, from their summaries (the store's
 * cache): one pass finds the columns, one writes the rows.
 */
public final class Exporter {

    /** What to export; an empty {@code metrics} means every metric. */
    public record Request(RunFilter filter, List<String> metrics, Form form, OutputFormat<Planned> format) {
        public Request {
            metrics = List.copyOf(metrics);
        }
    }

    /** What every export format writes: the runs, which of them, and the columns. */
    public record Planned(List<RunSummary> runs, RunFilter filter, Layout layout) {

        /** How many runs the export holds. */
        public int count() {
            int n = 0;
            for (RunSummary run : runs) {
                if (filter.accepts(run)) {
                    n++;
                }
            }
            return n;
        }
    }

    private Exporter() {
    }

    /** Checks the filter against the runs and finds the columns; throws on a bad filter. */
    public static Planned plan(List<RunSummary> runs, Request req) {
        req.filter().requireProcessesExist(processes(runs));
        ColumnScan scan = new ColumnScan();
        for (RunSummary run : runs) {
            if (req.filter().acceptsProcess(run.process())) {
                scan.add(run, req.filter().accepts(run));
            }
        }
        scan.requireKnown(req.metrics());
        boolean chosen = !req.metrics().isEmpty();
        return new Planned(runs, req.filter(),
                new Layout(req.form(), scan.params(), chosen ? req.metrics() : scan.defaultMetrics(), chosen));
    }

    /** Writes the export; returns the number of runs written. */
    public static int export(List<RunSummary> runs, Request req, Writer out) throws IOException {
        Planned planned = plan(runs, req);
        req.format().write(planned, out);
        return planned.count();
    }

    /** The rows of an export, one run at a time, into {@code w}; ends it. */
    static void write(Planned p, RowWriter w) throws IOException {
        w.header(p.layout().header());
        try {
            for (RunSummary run : p.runs()) {
                if (p.filter().accepts(run)) {
                    p.layout().rows(run, cells -> {
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
    }

    /** The processes of these runs, in store order: what a {@code --process} glob is checked against. */
    public static List<String> processes(List<RunSummary> runs) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        runs.forEach(r -> out.add(r.process()));
        return List.copyOf(out);
    }
}
