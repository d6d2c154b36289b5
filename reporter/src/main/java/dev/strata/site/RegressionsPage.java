package dev.strata.site;

import dev.strata.series.MetricInfo;
import dev.strata.series.ProfileRef;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the regressions page (and the change-point rows of process pages). */
final class RegressionsPage {

    private RegressionsPage() {
    }

    static RegressionsView view(SiteModel m, boolean detectorRan) {
        return new RegressionsView(detectorRan, rows(m, m.changePoints, ""));
    }

    static List<RegressionsView.Row> rows(SiteModel m, List<ChangePoint> cps, String root) {
        List<ChangePoint> sorted = new ArrayList<>(cps);
        sorted.sort(Comparator.comparingLong((ChangePoint c) -> time(m, c)).reversed()
                .thenComparing(ChangePoint::process).thenComparing(ChangePoint::metric));
        List<RegressionsView.Row> out = new ArrayList<>();
        for (ChangePoint c : sorted) {
            RunSummary good = m.byPath.get(c.lastGoodRun());
            RunSummary bad = m.byPath.get(c.firstBadRun());
            MetricInfo info = metricInfo(c.metric(), bad);
            boolean regression = c.regression();
            String range = sha(good) + ".." + sha(bad);
            String diff = bad != null && good != null && sharedFolded(good, bad) != null
                    ? root + Links.run(bad) + "#diff" : null;
            out.add(new RegressionsView.Row(c.process(), root + Links.process(c.process()), info.label(),
                    m.privacy.host(c.hostId()), regression ? "regression" : "improvement",
                    regression ? "worse" : "better", regression ? "▲" : "▼", Fmt.change(c.ratio()), Fmt.ratio(c.ratio()),
                    Fmt.fixed(c.confidence() * 100, 0) + "%", range,
                    bad == null ? Fmt.NONE : Fmt.day(bad.commitMillis()),
                    good == null ? null : root + Links.run(good), good == null ? c.lastGoodRun() : label(good),
                    bad == null ? null : root + Links.run(bad), bad == null ? c.firstBadRun() : label(bad), diff));
        }
        return out;
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

    private static long time(SiteModel m, ChangePoint c) {
        RunSummary bad = m.byPath.get(c.firstBadRun());
        return bad == null ? 0 : bad.commitMillis();
    }

    private static String sha(RunSummary r) {
        return r == null || r.shortSha() == null ? "?" : r.shortSha();
    }

    private static String label(RunSummary r) {
        return sha(r) + " · " + Fmt.minute(r.startedAtMillis());
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
