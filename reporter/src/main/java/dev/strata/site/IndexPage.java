package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the dashboard's view model. */
final class IndexPage {

    static final int TAGS_SHOWN = 8;
    /** Open regressions listed at the top; the rest are counted and on the regressions page. */
    static final int OPEN_SHOWN = 8;

    private IndexPage() {
    }

    static List<Page> pages(SiteBuild b) {
        return List.of(Page.of("index.html", "index", "", () -> view(b.m, b.storeCommit, b::parts))
                .withInputs(b.digest("index", b.everything(), b.storeCommit)));
    }

    static IndexView view(SiteModel m, String storeCommit) {
        return view(m, storeCommit, name -> ProcessParts.make(m, name));
    }

    /** The dashboard with each process's row from {@code parts}. */
    static IndexView view(SiteModel m, String storeCommit, Function<String, ProcessParts.Parts> parts) {
        List<ChangePoint> openCps = ChangeGroups.open(m);
        Map<String, Long> openByProcess = openCps.stream().collect(java.util.stream.Collectors.groupingBy(
                c -> c.key().process(), java.util.stream.Collectors.counting()));
        List<IndexView.ProcessRow> rows = new ArrayList<>();
        for (String name : m.byProcess.keySet()) {
            rows.add(withAlert(parts.apply(name).index(), openByProcess.getOrDefault(name, 0L)));
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
        List<ChangeGroups.Group> groups = ChangeGroups.of(m, m.changePoints);
        List<IndexView.OpenRegression> open = new ArrayList<>();
        for (ChangePoint c : openCps.subList(0, Math.min(OPEN_SHOWN, openCps.size()))) {
            RegressionsView.Row r = RegressionsPage.row(m, c, "");
            String range = ChangeGroups.range(m, c);
            String group = groups.stream().filter(g -> g.range().equals(range)).map(ChangeGroups.Group::id)
                    .findFirst().orElse("");
            open.add(new IndexView.OpenRegression(r.label(), r.processHref(), r.metric(), r.host(),
                    r.symbol() + " " + r.change(), r.date(), range, "regressions.html#" + group));
        }
        IndexView.NewestChange newest = null;
        if (!groups.isEmpty()) {
            RegressionsView.Group g = RegressionsPage.view(m, true).groups().get(0);
            newest = new IndexView.NewestChange(g.date(), g.commitRange(), g.summary(), g.summaryClass(), g.label(),
                    g.metric(), g.rows().get(0).processHref(), "regressions.html#" + g.id());
        }
        boolean regressions = m.changePoints.stream().anyMatch(Changes::regression);
        return new IndexView(m.runs.size(), storeCommit == null ? "" : storeCommit.substring(0, Math.min(12, storeCommit.length())),
                open, openCps.size() - open.size(), newest,
                rows.stream().anyMatch(r -> !r.language().isEmpty()), rows.stream().anyMatch(r -> !r.task().isEmpty()),
                rows, new ArrayList<>(latestTags), hosts, downloads, regressions);
    }

    static String platform(RunSummary r) {
        String os = r.os() == null ? "" : r.os();
        String arch = r.arch() == null ? "" : r.arch();
        return (os + " " + arch).trim();
    }

    private static IndexView.ProcessRow withAlert(IndexView.ProcessRow r, long regressions) {
        return new IndexView.ProcessRow(r.label(), r.href(), r.language(), r.task(), r.runs(), r.status(),
                r.statusClass(), r.latestSha(), r.lastRunAt(), r.metric(), r.latest(), r.change(), r.changeClass(),
                r.changeTitle(), r.spark(), r.sparkTitle(), alert(regressions));
    }

    private static String alert(long regressions) {
        return regressions == 0 ? "" : "⚠ " + regressions + (regressions == 1 ? " regression" : " regressions");
    }

    static IndexView.ProcessRow row(SiteModel m, String name, List<RunSummary> newestFirst, long regressions) {
        RunSummary latest = newestFirst.get(0);
        Trend t = m.trend(name);
        Headline h = Headline.of(t, seriesOf(t, m.privacy.host(latest.hostId())));
        String alert = alert(regressions);
        return new IndexView.ProcessRow(m.label(name), Links.process(name), nz(latest.language()), nz(latest.task()),
                newestFirst.size(), latest.status(), "status " + latest.status(),
                latest.shortSha() == null ? Fmt.NONE : latest.shortSha(), Fmt.minute(latest.startedAtMillis()),
                h.metric(), h.latest(), h.change(), "delta " + h.changeClass(), h.changeTitle(), h.spark(),
                h.sparkTitle(), alert);
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
