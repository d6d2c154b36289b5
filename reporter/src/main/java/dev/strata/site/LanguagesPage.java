package dev.strata.site;

import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the languages page: the newest results of each process of a task, fastest first. */
final class LanguagesPage {

    private LanguagesPage() {
    }

    static List<Page> pages(SiteBuild b) {
        return List.of(Page.of("languages.html", "languages", "", () -> view(b.m, b::parts))
                .withInputs(b.everything()));
    }

    /**
     * One process's newest results in one task and parameter set; {@code group} is the task and the
     * parameters, a NUL between them.
     */
    record Entry(String group, String language, String process, String host, String sha, Double wall, Double maxRss) {
    }

    static LanguagesView view(SiteModel m) {
        return view(m, name -> ProcessParts.make(m, name));
    }

    static LanguagesView view(SiteModel m, Function<String, ProcessParts.Parts> parts) {
        Map<String, List<Entry>> groups = new TreeMap<>();
        for (String name : m.byProcess.keySet()) {
            for (Entry e : parts.apply(name).languages()) {
                groups.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e);
            }
        }
        List<LanguagesView.Task> tasks = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> g : groups.entrySet()) {
            String[] key = g.getKey().split("\u0000", -1);
            List<Entry> latest = new ArrayList<>(g.getValue());
            latest.sort((a, b) -> Double.compare(orMax(a.wall()), orMax(b.wall())));
            Double fastest = latest.get(0).wall();
            double max = latest.stream().map(Entry::wall).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(0);
            List<LanguagesView.Row> rows = new ArrayList<>();
            for (Entry e : latest) {
                Double wall = e.wall();
                rows.add(new LanguagesView.Row(e.language(), e.process(), Links.process(e.process()), e.host(), e.sha(),
                        Fmt.value(wall, "s"), Fmt.value(e.maxRss(), "B"),
                        wall == null || fastest == null || fastest == 0 ? Fmt.NONE : Fmt.ratio(wall / fastest),
                        Latest.bar(wall, max), e == latest.get(0)));
            }
            tasks.add(new LanguagesView.Task(key[0], key[1], rows));
        }
        return new LanguagesView(tasks);
    }

    /** A process's entries: its newest results in each task and parameter set it ran. */
    static List<Entry> entries(SiteModel m, String process) {
        Map<String, List<RunSummary>> groups = new TreeMap<>();
        for (RunSummary r : m.byProcess.get(process)) {
            if (r.task() != null && !r.task().isBlank()) {
                groups.computeIfAbsent(r.task() + "\u0000" + Trend.params(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, List<RunSummary>> g : groups.entrySet()) {
            Latest l = Latest.of(g.getValue(), r -> true);
            if (l != null) {
                RunSummary r = l.newest();
                out.add(new Entry(g.getKey(), r.language() == null ? "unspecified" : r.language(), r.process(),
                        m.privacy.host(r.hostId()), r.shortSha() == null ? Fmt.NONE : r.shortSha(),
                        l.median("wallSeconds"), l.median("maxRssBytes")));
            }
        }
        return out;
    }

    private static double orMax(Double v) {
        return v == null ? Double.MAX_VALUE : v;
    }
}
