package dev.strata.check;

import dev.strata.output.OutputFormat;

import java.util.Locale;

/** The Markdown report of a check, as shown in a GitHub job summary or a pull-request comment. */
public final class CheckMarkdown implements OutputFormat.Whole<CheckReport> {

    private final CheckLinks links;

    /** The report with a line per regression (process, ratio, commit range) linked to the published site. */
    public CheckMarkdown(CheckLinks links) {
        this.links = links;
    }

    @Override
    public String text(CheckReport r) {
        StringBuilder b = new StringBuilder();
        b.append("## strata check: ").append(Cells.headline(r)).append("\n\n");
        b.append("Current **").append(esc(r.current())).append("** against baseline **").append(esc(r.baseline()))
                .append(String.format(Locale.ROOT, "**; one-sided rank test at α = %s, thresholds per metric.%n%n",
                        trim(r.alpha())));
        b.append("| | process | metric | baseline | current | change | 95% interval | p (worse) | runs (base / cur) |\n");
        b.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Comparison c : r.comparisons()) {
            b.append("| ").append(icon(c.verdict())).append(' ').append(c.verdict().label())
                    .append(" | ").append(esc(c.process()))
                    .append(" | ").append(esc(c.metric().name()))
                    .append(" | ").append(Cells.value(c.metric(), c.baselineMedian()))
                    .append(" | ").append(Cells.value(c.metric(), c.currentMedian()))
                    .append(" | ").append(Cells.change(c.ratio()))
                    .append(" (threshold ").append(dev.strata.detect.Thresholds.percent(c.threshold())).append(')')
                    .append(" | ").append(Cells.interval(c))
                    .append(" | ").append(Cells.p(c.pWorse()))
                    .append(" | ").append(Cells.runs(c)).append(" |\n");
        }
        regressions(r, links, b);
        boolean notes = false;
        for (Comparison c : r.comparisons()) {
            if (c.note() != null) {
                if (!notes) {
                    b.append('\n');
                    notes = true;
                }
                b.append("- ").append(esc(c.process())).append(' ').append(esc(c.metric().name())).append(": ")
                        .append(esc(c.note())).append('\n');
            }
        }
        if (!r.escalations().isEmpty()) {
            b.append("\n### Profiles of the regressions\n\n");
            for (Escalation e : r.escalations()) {
                b.append("- **").append(esc(e.process())).append("**");
                if (e.rerun() != null) {
                    b.append(": re-ran with ").append(esc(e.profiler())).append(" as `").append(e.rerun().replace("`", "'"))
                            .append('`');
                }
                if (e.diff() != null) {
                    b.append("; diff flamegraph against `").append(e.earlier().replace("`", "'")).append("`: `")
                            .append(e.diff().replace("`", "'")).append('`');
                }
                if (e.note() != null) {
                    b.append(e.rerun() != null ? "; " : ": ").append(esc(e.note()));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static void regressions(CheckReport r, CheckLinks links, StringBuilder b) {
        if (links == CheckLinks.NONE) {
            return;
        }
        boolean first = true;
        for (Comparison c : r.comparisons()) {
            if (c.verdict() != Verdict.REGRESSION) {
                continue;
            }
            if (first) {
                b.append('\n');
                first = false;
            }
            b.append("- ❌ **").append(esc(c.process())).append("** ").append(esc(c.metric().name())).append(": ")
                    .append(String.format(Locale.ROOT, "%.2f×", c.ratio())).append(" the baseline (")
                    .append(Cells.change(c.ratio())).append(')');
            if (links.range() != null) {
                b.append(", commits `").append(links.range()).append('`');
            }
            link(b, "trend", links.processPage(c.process()));
            link(b, "baseline run", links.baselineRunPage(c.process()));
            link(b, "regressions", links.regressionsPage());
            b.append('\n');
        }
        if (first && links.regressionsPage() != null) {
            b.append("\n[Trends and regressions](").append(links.siteUrl()).append("index.html)\n");
        }
    }

    private static void link(StringBuilder b, String text, String url) {
        if (url != null) {
            b.append(" · [").append(text).append("](").append(url).append(')');
        }
    }

    private static String icon(Verdict v) {
        return switch (v) {
            case PASS -> "✅";
            case REGRESSION -> "❌";
            case IMPROVEMENT -> "🚀";
            case INCONCLUSIVE -> "⚠️";
        };
    }

    static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.4f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Table cells must not break the table or render markup. */
    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace("\n", " ");
    }
}
