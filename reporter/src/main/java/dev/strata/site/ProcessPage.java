package dev.strata.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.detect.ChangePoint;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a process page's view model, including the inlined chart data. */
final class ProcessPage {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "../";

    private ProcessPage() {
    }

    /** The process pages: each depends on its own runs and change points only. */
    static List<Page> pages(SiteBuild b) {
        List<Page> out = new ArrayList<>(b.m.byProcess.size());
        for (String name : b.m.byProcess.keySet()) {
            out.add(Page.of(Links.process(name), "process", ROOT, () -> view(b.m, name))
                    .withInputs(b.digest("process", b.runsOf(name), Changes.digest(b.m.changePointsOf(name), b.m.events))));
        }
        return out;
    }

    static ProcessView view(SiteModel m, String name) {
        List<RunSummary> runs = m.byProcess.get(name);
        RunSummary latest = runs.get(0);
        Trend t = m.trend(name);
        ObjectNode data = JSON.createObjectNode();
        ObjectNode commits = data.putObject("commits");
        ArrayNode sha = commits.putArray("sha"), date = commits.putArray("date"), tag = commits.putArray("tag");
        for (Trend.Commit c : t.commits) {
            sha.add(c.shortSha());
            date.add(Fmt.day(c.commitMillis()));
            tag.add(c.tag());
        }
        ArrayNode seriesNames = data.putArray("series");
        t.series.forEach(seriesNames::add);
        ArrayNode hrefs = data.putArray("runs");
        ArrayNode open = data.putArray("open");
        Map<String, Integer> runIndex = new HashMap<>();
        for (int s = 0; s < t.series.size(); s++) {
            ArrayNode row = open.addArray();
            for (int c = 0; c < t.commits.size(); c++) {
                List<RunSummary> cell = t.runs(s, c);
                RunSummary pick = null;
                for (int i = cell.size() - 1; i >= 0 && pick == null; i--) {
                    pick = m.hasPage(cell.get(i)) ? cell.get(i) : null;
                }
                if (pick == null) {
                    row.add(-1);
                } else {
                    String href = m.runHref(pick, ROOT);
                    row.add(runIndex.computeIfAbsent(href, h -> {
                        hrefs.add(h);
                        return hrefs.size() - 1;
                    }));
                }
            }
        }
        List<ProcessView.Chart> charts = new ArrayList<>();
        ArrayNode chartData = data.putArray("charts");
        for (MetricInfo metric : t.metrics) {
            String id = "m" + charts.size();
            charts.add(new ProcessView.Chart(id, metric.label(), metric.unit(), better(metric), latestTable(t, metric)));
            chartData.add(chart(m, t, name, id, metric));
        }
        MetricInfo headline = Headline.pick(t, IndexPage.seriesOf(t, m.privacy.host(latest.hostId())));
        if (headline == null) {
            headline = MetricInfo.builtIn("wallSeconds");
        }
        List<ProcessView.RunRow> rows = new ArrayList<>();
        ArrayNode older = JSON.createArrayNode();
        int shown = Math.min(runs.size(), m.options.runPagesPerProcess());
        for (int i = 0; i < runs.size(); i++) {
            ProcessView.RunRow row = row(m, runs.get(i), headline);
            if (i < shown) {
                rows.add(row);
            } else {
                older.addArray().add(row.id()).add(row.startedAt()).add(row.status()).add(row.sha()).add(row.tag())
                        .add(row.host()).add(row.params()).add(row.value()).add(row.maxRss()).add(row.href())
                        .add(row.profiles());
            }
        }
        List<RegressionsView.Row> cps = RegressionsPage.rows(m, m.changePointsOf(name), ROOT);
        List<String> swept = ScalingPage.params(runs);
        String scaling = swept.isEmpty() ? null : ROOT + "scaling.html#" + ScalingPage.anchor(name, swept.get(0));
        return new ProcessView(name, m.label(name), IndexPage.nz(m.privacy.text(latest.description())),
                IndexPage.nz(latest.language()),
                IndexPage.nz(latest.task()), runs.size(), t.series, charts, Json.forScript(data),
                headline.label(), rows, Json.forScript(older), older.size(), cps, scaling);
    }

    static String better(MetricInfo m) {
        return m.better() == null ? "" : m.better().json();
    }

    private static List<String[]> latestTable(Trend t, MetricInfo metric) {
        List<String[]> out = new ArrayList<>();
        for (int s = 0; s < t.series.size(); s++) {
            Trend.Point p = t.latest(s, metric.key());
            if (p != null) {
                out.add(new String[]{t.series.get(s), Fmt.value(p.median(), metric.unit()),
                        Fmt.value(p.min(), metric.unit()) + " – " + Fmt.value(p.max(), metric.unit()),
                        Integer.toString(p.n()), p.newest().shortSha() == null ? Fmt.NONE : p.newest().shortSha()});
            }
        }
        return out;
    }

    private static ObjectNode chart(SiteModel m, Trend t, String process, String id, MetricInfo metric) {
        ObjectNode c = JSON.createObjectNode().put("id", id).put("title", metric.label()).put("unit", metric.unit())
                .put("better", better(metric));
        ArrayNode med = c.putArray("med"), lo = c.putArray("lo"), hi = c.putArray("hi"), n = c.putArray("n");
        for (int s = 0; s < t.series.size(); s++) {
            ArrayNode a = med.addArray(), b = lo.addArray(), d = hi.addArray(), e = n.addArray();
            for (int i = 0; i < t.commits.size(); i++) {
                Trend.Point p = t.point(s, i, metric.key());
                if (p == null) {
                    a.addNull();
                    b.addNull();
                    d.addNull();
                    e.add(0);
                } else {
                    a.add(p.median());
                    b.add(p.min());
                    d.add(p.max());
                    e.add(p.n());
                }
            }
        }
        ArrayNode marks = c.putArray("marks");
        for (ChangePoint cp : m.changePointsOf(process)) {
            RunSummary bad = m.byPath.get(Changes.firstBadRun(cp));
            if (bad == null || !Changes.metric(cp).equals(metric.key())) {
                continue;
            }
            int commit = indexOf(t, bad.commitKey());
            if (commit >= 0) {
                marks.addObject().put("i", commit).put("dir", Changes.direction(cp))
                        .put("text", (Changes.regression(cp) ? "▲ " : "▼ ") + Fmt.change(cp.ratio()))
                        .put("series", m.privacy.host(cp.key().hostId()));
            }
        }
        return c;
    }

    private static int indexOf(Trend t, String commitKey) {
        for (int i = 0; i < t.commits.size(); i++) {
            if (t.commits.get(i).key().equals(commitKey)) {
                return i;
            }
        }
        return -1;
    }

    static ProcessView.RunRow row(SiteModel m, RunSummary r, MetricInfo headline) {
        return new ProcessView.RunRow(r.folder(), Fmt.minute(r.startedAtMillis()), m.runHref(r, ROOT), r.status(),
                "status " + r.status(), r.shortSha() == null ? Fmt.NONE : r.shortSha(), IndexPage.nz(r.tag()),
                m.privacy.host(r.hostId()), Trend.params(r), Fmt.value(r.metric(headline.key()), headline.unit()),
                Fmt.value(r.metric("maxRssBytes"), "B"), profiles(r));
    }

    /** The profilers whose profiles a run carries ("py-spy, perf"), or empty. */
    static String profiles(RunSummary r) {
        return String.join(", ", r.profiles().stream().map(p -> p.profiler() == null ? "?" : p.profiler())
                .distinct().toList());
    }
}
