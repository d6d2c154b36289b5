package dev.strata.check;

import java.util.ArrayList;
import java.util.List;

/** The terminal table of a check: one aligned row per process x metric, the headline last. */
public final class CheckTable {

    private CheckTable() {
    }

    public static String render(CheckReport r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"verdict", "process", "metric", "baseline", "current", "change", "95% interval",
                "p(worse)", "runs"});
        for (Comparison c : r.comparisons()) {
            rows.add(new String[]{c.verdict().label().toUpperCase(java.util.Locale.ROOT), c.process(),
                    c.metric().name(), Cells.value(c.metric(), c.baselineMedian()),
                    Cells.value(c.metric(), c.currentMedian()), Cells.change(c.ratio()), Cells.interval(c),
                    Cells.p(c.pWorse()), Cells.runs(c)});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("current ").append(r.current()).append(" vs baseline ").append(r.baseline()).append('\n');
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean right = i >= 3 && i != 6;
                String pad = " ".repeat(width[i] - row[i].codePointCount(0, row[i].length()));
                line.append(right ? pad + row[i] : row[i] + pad).append(i + 1 < row.length ? "  " : "");
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
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
