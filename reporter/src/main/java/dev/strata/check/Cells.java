package dev.strata.check;

import dev.strata.format.Units;
import dev.strata.series.MetricDef;

import java.util.Locale;

/** How the check's numbers read in tables, all Locale.ROOT. */
final class Cells {

    private Cells() {
    }

    static String value(MetricDef m, double v) {
        return Units.format(v, m.unit());
    }

    static String change(double ratio) {
        if (!Double.isFinite(ratio)) {
            return "new";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    }

    static String interval(Comparison c) {
        return change(c.ratioLow()) + " … " + change(c.ratioHigh());
    }

    static String p(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String runs(Comparison c) {
        return c.baselineRuns() + " / " + c.currentRuns();
    }

    static String headline(CheckReport r) {
        long reg = r.count(Verdict.REGRESSION);
        long inc = r.count(Verdict.INCONCLUSIVE);
        long imp = r.count(Verdict.IMPROVEMENT);
        StringBuilder b = new StringBuilder();
        b.append(reg == 0 ? "no regression" : reg == 1 ? "1 regression" : reg + " regressions");
        if (imp > 0) {
            b.append(", ").append(imp).append(imp == 1 ? " improvement" : " improvements");
        }
        if (inc > 0) {
            b.append(", ").append(inc).append(" inconclusive");
        }
        return b.append(" in ").append(r.comparisons().size()).append(r.comparisons().size() == 1
                ? " comparison" : " comparisons").toString();
    }
}
