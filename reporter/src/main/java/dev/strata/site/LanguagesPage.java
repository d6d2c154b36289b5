package dev.strata.site;

import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Builds the languages page: the newest results of each process of a task, fastest first. */
final class LanguagesPage {

    private LanguagesPage() {
    }

    static List<Page> pages(SiteBuild b) {
        return List.of(Page.of("languages.html", "languages", "", () -> view(b.m)).withInputs(b.everything()));
    }

    static LanguagesView view(SiteModel m) {
        Map<String, Map<String, List<RunSummary>>> groups = new TreeMap<>();
        for (RunSummary r : m.runs) {
            if (r.task() != null && !r.task().isBlank()) {
                groups.computeIfAbsent(r.task() + "\u0000" + Trend.params(r), k -> new TreeMap<>())
                        .computeIfAbsent(r.process(), k -> new ArrayList<>()).add(r);
            }
        }
        List<LanguagesView.Task> tasks = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<RunSummary>>> g : groups.entrySet()) {
            String[] key = g.getKey().split("\u0000", -1);
            List<Latest> latest = new ArrayList<>();
            for (List<RunSummary> runs : g.getValue().values()) {
                Latest l = Latest.of(runs, r -> true);
                if (l != null) {
                    latest.add(l);
                }
            }
            if (latest.isEmpty()) {
                continue;
            }
            latest.sort((a, b) -> Double.compare(orMax(a.median("wallSeconds")), orMax(b.median("wallSeconds"))));
            Double fastest = latest.get(0).median("wallSeconds");
            double max = latest.stream().map(l -> l.median("wallSeconds")).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(0);
            List<LanguagesView.Row> rows = new ArrayList<>();
            for (Latest l : latest) {
                RunSummary r = l.newest();
                Double wall = l.median("wallSeconds");
                rows.add(new LanguagesView.Row(r.language() == null ? "unspecified" : r.language(), r.process(),
                        Links.process(r.process()), m.privacy.host(r.hostId()),
                        r.shortSha() == null ? Fmt.NONE : r.shortSha(), Fmt.value(wall, "s"),
                        Fmt.value(l.median("maxRssBytes"), "B"),
                        wall == null || fastest == null || fastest == 0 ? Fmt.NONE : Fmt.ratio(wall / fastest),
                        Latest.bar(wall, max), l == latest.get(0)));
            }
            tasks.add(new LanguagesView.Task(key[0], key[1], rows));
        }
        return new LanguagesView(tasks);
    }

    private static double orMax(Double v) {
        return v == null ? Double.MAX_VALUE : v;
    }
}
