package dev.strata.check;

import dev.strata.output.OutputFormat;
import dev.strata.output.TextTable;

import java.util.ArrayList;
import java.util.List;

/** The terminal table of a check: one aligned row per process x metric, the headline last. */
public final class CheckTable implements OutputFormat.Whole<CheckReport> {

    @Override
    public String text(CheckReport r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"verdict", "process", "metric", "baseline", "current", "change", "95% interval",
                "p(worse)", "runs"});
        for (Comparison c : r.comparisons()) {
            rows.add(new String[]{c.verdict().label().toUpperCase(java.util.Locale.ROOT), c.process(),
                    c.metric().name(), Cells.value(c.metric(), c.baselineMedian()),
                    Cells.value(c.metric(), c.currentMedian()), Cells.change(c.ratio()), Cells.interval(c),
                    Cells.p(c.pWorse()), Cells.runs(c)});
        }
        StringBuilder b = new StringBuilder();
        b.append("current ").append(r.current()).append(" vs baseline ").append(r.baseline()).append('\n');
        // the figures right-aligned; the interval is a range of two, read from its left
        b.append(TextTable.render(rows, i -> i >= 3 && i != 6));
        for (Comparison c : r.comparisons()) {
            if (c.note() != null) {
                b.append("note: ").append(c.process()).append(' ').append(c.metric().name()).append(": ")
                        .append(c.note()).append('\n');
            }
        }
        for (Escalation e : r.escalations()) {
            b.append("profile: ").append(e.line()).append('\n');
        }
        return b.append(Cells.headline(r)).append('\n').toString();
    }
}
