package dev.strata.site;

import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the dashboard's view model. */
final class IndexPage {

    static final int SPARK_POINTS = 30;
    static final int TAGS_SHOWN = 8;

    private IndexPage() {
    }

    static IndexView view(SiteModel m, String storeCommit) {
        List<IndexView.ProcessRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<RunSummary>> e : m.byProcess.entrySet()) {
            rows.add(row(m, e.getKey(), e.getValue()));
        }
        List<TagsView.TagRow> tags = TagsPage.rows(m, "");
        List<TagsView.TagRow> latestTags = tags.subList(0, Math.min(TAGS_SHOWN, tags.size()));
        Map<String, List<RunSummary>> byHost = new TreeMap<>();
        for (RunSummary r : m.runs) {
            byHost.computeIfAbsent(m.privacy.host(r.hostId()), k -> new ArrayList<>()).add(r);
        }
        List<IndexView.HostRow> hosts = new ArrayList<>();
        for (Map.Entry<String, List<RunSummary>> e : byHost.entrySet()) {
            RunSummary newest = e.getValue().stream().max(SiteModel.NEWEST_FIRST.reversed()).orElseThrow();
            hosts.add(new IndexView.HostRow(e.getKey(), platform(newest), newest.cpuModel() == null ? "" : newest.cpuModel(),
                    e.getValue().size(), Fmt.minute(newest.startedAtMillis())));
        }
        List<IndexView.Download> downloads = new ArrayList<>();
        for (String d : m.downloads) {
            downloads.add(new IndexView.Download(d, "data/" + d));
        }
        boolean regressions = m.changePoints.stream().anyMatch(ChangePoint::regression);
        return new IndexView(m.runs.size(), storeCommit == null ? "" : storeCommit.substring(0, Math.min(12, storeCommit.length())),
                rows, new ArrayList<>(latestTags), hosts, downloads, regressions);
    }

    static String platform(RunSummary r) {
        String os = r.os() == null ? "" : r.os();
        String arch = r.arch() == null ? "" : r.arch();
        return (os + " " + arch).trim();
    }

    private static IndexView.ProcessRow row(SiteModel m, String name, List<RunSummary> newestFirst) {
        RunSummary latest = newestFirst.get(0);
        Trend t = m.trend(name);
        String wall = Fmt.NONE, rss = Fmt.NONE, spark = "", sparkTitle = "";
        int s = seriesOf(t, m.privacy.host(latest.hostId()));
        if (s >= 0) {
            Trend.Point w = t.latest(s, "wallSeconds");
            Trend.Point r = t.latest(s, "maxRssBytes");
            wall = w == null ? Fmt.NONE : Fmt.value(w.median(), "s");
            rss = r == null ? Fmt.NONE : Fmt.value(r.median(), "B");
            List<Double> values = new ArrayList<>();
            int from = Math.max(0, t.commits.size() - SPARK_POINTS);
            for (int c = from; c < t.commits.size(); c++) {
                Trend.Point p = t.point(s, c, "wallSeconds");
                if (p != null) {
                    values.add(p.median());
                }
            }
            spark = Sparkline.points(values);
            sparkTitle = "Wall time over the last " + values.size() + " commits on " + t.series.get(s);
        }
        Map<String, ChangePoint> newestByMetric = new LinkedHashMap<>();
        for (ChangePoint cp : m.changePointsOf(name)) {
            newestByMetric.put(cp.metric() + "\u0000" + cp.hostId(), cp);
        }
        long regressions = newestByMetric.values().stream().filter(ChangePoint::regression).count();
        String alert = regressions == 0 ? "" : "⚠ " + regressions + (regressions == 1 ? " regression" : " regressions");
        return new IndexView.ProcessRow(name, Links.process(name), nz(latest.language()), nz(latest.task()),
                newestFirst.size(), latest.status(), "status " + latest.status(),
                latest.shortSha() == null ? Fmt.NONE : latest.shortSha(), Fmt.minute(latest.startedAtMillis()),
                wall, rss, spark, sparkTitle, alert);
    }

    /** The series of the trend on {@code host} with the most points (a process may have several per host). */
    static int seriesOf(Trend t, String host) {
        int best = -1, bestCount = -1;
        for (int s = 0; s < t.series.size(); s++) {
            if (!t.seriesHost.get(s).equals(host)) {
                continue;
            }
            int count = 0;
            for (int c = 0; c < t.commits.size(); c++) {
                count += t.runs(s, c).isEmpty() ? 0 : 1;
            }
            if (count > bestCount) {
                best = s;
                bestCount = count;
            }
        }
        return best;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
