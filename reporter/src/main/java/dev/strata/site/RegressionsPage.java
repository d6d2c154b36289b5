package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.series.MetricInfo;
import dev.strata.series.ProfileRef;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the regressions page (and the change-point rows of process pages). */
final class RegressionsPage {

    private RegressionsPage() {
    }

    static List<Page> pages(SiteBuild b) {
        return List.of(Page.of("regressions.html", "regressions", "", () -> view(b.m, b.detectorRan))
                .withInputs(b.everything()));
    }

    static RegressionsView view(SiteModel m, boolean detectorRan) {
        List<RegressionsView.Group> groups = new ArrayList<>();
        Map<String, String> processes = new TreeMap<>();
        int regressions = 0, improvements = 0;
        for (ChangeGroups.Group g : ChangeGroups.of(m, m.changePoints)) {
            List<RegressionsView.Row> rows = new ArrayList<>();
            Set<String> kinds = new LinkedHashSet<>(), names = new LinkedHashSet<>();
            int worse = 0;
            for (ChangePoint c : g.members()) {
                RegressionsView.Row row = row(m, c, "");
                rows.add(row);
                kinds.add(row.direction());
                names.add(c.key().process());
                processes.put(c.key().process(), row.label().text());
                worse += Changes.regression(c) ? 1 : 0;
            }
            int better = rows.size() - worse;
            regressions += worse;
            improvements += better;
            String date = g.commitMillis() == 0 ? Fmt.NONE : Fmt.day(g.commitMillis());
            groups.add(new RegressionsView.Group(g.id(), date, g.range(), String.join(" ", kinds),
                    String.join(" ", names), summary(rows, worse, better),
                    worse > 0 && better > 0 ? "mixed" : worse > 0 ? "worse" : "better",
                    rows.size() == 1 ? rows.get(0).label() : null, rows.size() == 1 ? rows.get(0).metric() : null, rows,
                    g.members().stream().map(m::event).filter(java.util.Objects::nonNull).findFirst().orElse(null)));
        }
        List<RegressionsView.Option> options = new ArrayList<>();
        processes.forEach((k, v) -> options.add(new RegressionsView.Option(k, v.equals(k) ? k : v + " (" + k + ")")));
        return new RegressionsView(detectorRan, regressions, improvements, groups, options);
    }

    /** One series: what changed, where. Several: how many went which way. */
    static String summary(List<RegressionsView.Row> rows, int worse, int better) {
        if (rows.size() == 1) {
            RegressionsView.Row r = rows.get(0);
            return r.symbol() + " " + r.change() + " " + r.direction();
        }
        List<String> parts = new ArrayList<>();
        if (worse > 0) {
            parts.add("▲ " + worse + (worse == 1 ? " regression" : " regressions"));
        }
        if (better > 0) {
            parts.add("▼ " + better + (better == 1 ? " improvement" : " improvements"));
        }
        return rows.size() + " series changed together: " + String.join(", ", parts) + spread(rows);
    }

    /** The smallest and largest change of a group, by how far from no change: " (+16.4% to +70.6%)". */
    private static String spread(List<RegressionsView.Row> rows) {
        List<String> byDistance = rows.stream().map(RegressionsView.Row::change)
                .sorted(java.util.Comparator.comparingDouble(c -> Math.abs(parse(c)))).toList();
        String low = byDistance.get(0), high = byDistance.get(byDistance.size() - 1);
        return low.equals(high) ? " (" + low + ")" : " (" + low + " to " + high + ")";
    }

    private static double parse(String change) {
        try {
            return Double.parseDouble(change.replace("%", "").replace("+", ""));
        } catch (NumberFormatException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    static List<RegressionsView.Row> rows(SiteModel m, List<ChangePoint> cps, String root) {
        List<RegressionsView.Row> out = new ArrayList<>();
        for (ChangePoint c : ChangeGroups.sorted(m, cps)) {
            out.add(row(m, c, root));
        }
        return out;
    }

    static RegressionsView.Row row(SiteModel m, ChangePoint c, String root) {
        String process = c.key().process();
        RunSummary good = m.byPath.get(Changes.lastGoodRun(c));
        RunSummary bad = m.byPath.get(Changes.firstBadRun(c));
        MetricInfo info = metricInfo(Changes.metric(c), bad);
        boolean regression = Changes.regression(c);
        String diff = bad != null && good != null && sharedFolded(good, bad) != null
                ? root + Links.run(bad) + "#diff" : null;
        return new RegressionsView.Row(process, m.label(process), root + Links.process(process),
                info.label(), m.privacy.host(c.key().hostId()), regression ? "regression" : "improvement",
                regression ? "worse" : "better", regression ? "▲" : "▼", Fmt.change(c.ratio()), Fmt.ratio(c.ratio()),
                Fmt.fixed(c.confidence() * 100, 0) + "%", ChangeGroups.range(m, c),
                bad == null ? Fmt.NONE : Fmt.day(bad.commitMillis()),
                good == null ? null : root + Links.run(good), good == null ? Changes.lastGoodRun(c) : label(good),
                bad == null ? null : root + Links.run(bad), bad == null ? Changes.firstBadRun(c) : label(bad), diff,
                c.possible() ? "possible" : null);
    }

    /** The profiler both runs have a folded profile of, or null. */
    static String sharedFolded(RunSummary before, RunSummary after) {
        for (ProfileRef a : after.profiles()) {
            if (!"folded".equals(a.format()) || a.file() == null) {
                continue;
            }
            for (ProfileRef b : before.profiles()) {
                if ("folded".equals(b.format()) && b.file() != null && a.profiler() != null
                        && a.profiler().equals(b.profiler())) {
                    return a.profiler();
                }
            }
        }
        return null;
    }

    private static String label(RunSummary r) {
        return ChangeGroups.sha(r) + " · " + Fmt.minute(r.startedAtMillis());
    }

    static MetricInfo metricInfo(String key, RunSummary sample) {
        MetricInfo b = MetricInfo.builtIn(key);
        if (b != null) {
            return b;
        }
        if (sample != null && sample.custom() != null && sample.custom().containsKey(key)) {
            return sample.custom().get(key);
        }
        String label = key.startsWith(MetricInfo.CUSTOM) ? key.substring(MetricInfo.CUSTOM.length()) : key;
        return new MetricInfo(key, label, "", null);
    }
}
