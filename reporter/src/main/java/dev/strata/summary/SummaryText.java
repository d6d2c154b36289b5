package dev.strata.summary;

import dev.strata.format.Units;
import dev.strata.output.OutputFormat;
import dev.strata.output.TextTable;
import dev.strata.query.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A suite summary as aligned text for the terminal, or as Markdown tables (same units, same cells). */
public final class SummaryText {

    /** What {@code strata suite run} prints at the end. */
    public static final OutputFormat<SuiteSummary> TABLE = (s, out) -> out.write(table(s));
    /** The same for a job summary or a pull request. */
    public static final OutputFormat<SuiteSummary> MARKDOWN = (s, out) -> out.write(markdown(s));

    private SummaryText() {
    }

    static String table(SuiteSummary s) {
        StringBuilder out = new StringBuilder(TextTable.render(rows(s), 1));
        if (!s.scaling().isEmpty()) {
            out.append("\nscaling: log-log fit over every timed run, 95% confidence interval of the exponent\n");
            out.append(TextTable.render(scalingRows(s), 3));
        }
        for (String w : s.warnings()) {
            out.append("warning: ").append(w).append('\n');
        }
        return out.toString();
    }

    static String markdown(SuiteSummary s) {
        StringBuilder out = new StringBuilder(markdownTable(rows(s), 1));
        if (!s.scaling().isEmpty()) {
            out.append("\nScaling (log-log fit over every timed run, 95% confidence interval of the exponent):\n\n");
            out.append(markdownTable(scalingRows(s), 3));
        }
        if (!s.warnings().isEmpty()) {
            out.append('\n');
            for (String w : s.warnings()) {
                out.append("> ⚠ ").append(w.replace("|", "\\|")).append("\n");
            }
        }
        return out.toString();
    }

    private static List<String[]> rows(SuiteSummary s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"process", "runs", "wall median", "MAD", "min", "max", "CV",
                "peak memory median", "MAD", "min", "max"});
        for (SuiteSummary.Row r : s.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(SuiteSummary.label(r));
            cells.add(r.runs() + (r.warmups() > 0 ? " +" + r.warmups() + " warm-up" : "") + (r.failed() > 0 ? ", " + r.failed() + " failed" : ""));
            stat(cells, r.wallSeconds(), "s");
            cells.add(Double.isNaN(r.cv()) ? "-" : String.format(Locale.ROOT, "%.1f%%%s", r.cv() * 100,
                    r.cv() > SuiteSummary.HIGH_CV ? " !" : ""));
            stat(cells, r.peakMemoryBytes(), "bytes");
            rows.add(cells.toArray(String[]::new));
        }
        return rows;
    }

    private static void stat(List<String> cells, Summary s, String unit) {
        if (s == null) {
            cells.addAll(List.of("-", "-", "-", "-"));
            return;
        }
        cells.add(Units.format(s.median(), unit));
        cells.add(Units.format(s.mad(), unit));
        cells.add(Units.format(s.min(), unit));
        cells.add(Units.format(s.max(), unit));
    }

    private static List<String[]> scalingRows(SuiteSummary s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"process", "parameter", "metric", "exponent", "95% CI", "R²", "sizes", "runs"});
        for (SuiteSummary.Scaling c : s.scaling()) {
            StringBuilder who = new StringBuilder(c.process());
            c.fixed().forEach((k, v) -> who.append(' ').append(k).append('=').append(dev.strata.suite.Placeholders.text(v)));
            PowerFit f = c.fit();
            rows.add(new String[]{who.toString(), c.param(), c.metric(), String.format(Locale.ROOT, "%.2f", f.exponent()),
                    String.format(Locale.ROOT, "%.2f – %.2f", f.low(), f.high()), String.format(Locale.ROOT, "%.3f", f.r2()),
                    Integer.toString(f.sizes()), Integer.toString(f.points())});
        }
        return rows;
    }

    private static String markdownTable(List<String[]> rows, int firstNumber) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            out.append('|');
            for (String c : r) {
                out.append(' ').append(c.replace("|", "\\|")).append(" |");
            }
            out.append('\n');
            if (i == 0) {
                out.append('|');
                for (int c = 0; c < r.length; c++) {
                    out.append(c >= firstNumber ? "---:|" : "---|");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
