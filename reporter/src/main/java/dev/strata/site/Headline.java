package dev.strata.site;

import dev.strata.series.MetricInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * A process's figure for the dashboard, chosen per process: its wall time where it has one, else the
 * first metric it reports itself (an imported or workload-reported series has only those), else its
 * first metric. Its newest value, the change since the previous commit that has one, and a sparkline.
 */
record Headline(String metric, String latest, String change, String changeClass, String changeTitle, String spark,
                String sparkTitle) {

    static final int SPARK_POINTS = 30;
    /** Within this much of the previous value a change reads as "about the same", as on the tag pages. */
    static final double SAME = 0.03;

    static final Headline NONE = new Headline("", Fmt.NONE, "", "none", "", "", "");

    static Headline of(Trend t, int s) {
        if (s < 0) {
            return NONE;
        }
        MetricInfo metric = pick(t, s);
        if (metric == null) {
            return NONE;
        }
        String key = metric.key();
        int newest = -1, previous = -1;
        for (int c = t.commits.size() - 1; c >= 0 && previous < 0; c--) {
            if (t.point(s, c, key) != null) {
                if (newest < 0) {
                    newest = c;
                } else {
                    previous = c;
                }
            }
        }
        Trend.Point now = t.point(s, newest, key);
        String change = "", cls = "none", title = "";
        if (previous >= 0) {
            Trend.Point before = t.point(s, previous, key);
            if (before.median() != 0) {
                double ratio = now.median() / before.median();
                int sign = metric.worseSign();
                boolean same = Math.abs(ratio - 1) < SAME || sign == 0 || ratio == 1;
                boolean worse = !same && (ratio > 1) == (sign > 0);
                cls = same ? "same" : worse ? "worse" : "better";
                change = (same ? "≈ " : worse ? "▲ " : "▼ ") + Fmt.change(ratio);
                title = Fmt.change(ratio) + " since " + t.commits.get(previous).shortSha() + " ("
                        + Fmt.value(before.median(), metric.unit()) + ")"
                        + (same ? ", about the same" : worse ? ", worse" : ", better");
            }
        }
        List<Double> values = new ArrayList<>();
        for (int c = Math.max(0, t.commits.size() - SPARK_POINTS); c < t.commits.size(); c++) {
            Trend.Point p = t.point(s, c, key);
            if (p != null) {
                values.add(p.median());
            }
        }
        return new Headline(metric.label(), Fmt.value(now.median(), metric.unit()), change, cls, title,
                Sparkline.points(values), metric.label() + " over the last " + values.size() + " commits on "
                + t.series.get(s));
    }

    /** Wall time, else the first own metric, else the first metric; each only when series {@code s} has values. */
    static MetricInfo pick(Trend t, int s) {
        MetricInfo wall = null, custom = null, any = null;
        for (MetricInfo m : t.metrics) {
            if (t.latest(s, m.key()) == null) {
                continue;
            }
            if (m.key().equals("wallSeconds")) {
                wall = m;
            } else if (m.custom() && custom == null) {
                custom = m;
            } else if (any == null) {
                any = m;
            }
        }
        return wall != null ? wall : custom != null ? custom : any;
    }
}
