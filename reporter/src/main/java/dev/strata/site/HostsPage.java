package dev.strata.site;

import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the hosts page: processes that ran on more than one host, newest results per host. */
final class HostsPage {

    private HostsPage() {
    }

    static List<Page> pages(SiteBuild b) {
        return List.of(Page.of("hosts.html", "hosts", "", () -> view(b.m, b::parts)).withInputs(b.everything()));
    }

    static HostsView view(SiteModel m) {
        return view(m, name -> ProcessParts.make(m, name));
    }

    static HostsView view(SiteModel m, Function<String, ProcessParts.Parts> parts) {
        List<HostsView.Process> out = new ArrayList<>();
        for (String name : m.byProcess.keySet()) {
            HostsView.Process p = parts.apply(name).hosts();
            if (p != null) {
                out.add(p);
            }
        }
        return new HostsView(out);
    }

    /** A process's section: its newest results on each host, or null when it ran on one host only. */
    static HostsView.Process section(SiteModel m, String name) {
        Map<String, List<RunSummary>> byHost = new TreeMap<>();
        for (RunSummary r : m.byProcess.get(name)) {
            byHost.computeIfAbsent(m.privacy.host(r.hostId()) + "\u0000" + Trend.params(r), k -> new ArrayList<>())
                    .add(r);
        }
        long hosts = byHost.keySet().stream().map(k -> k.substring(0, k.indexOf('\u0000'))).distinct().count();
        if (hosts < 2) {
            return null;
        }
        List<Latest> latest = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (List<RunSummary> runs : byHost.values()) {
            Latest l = Latest.of(runs, r -> true);
            if (l != null) {
                latest.add(l);
                counts.add(runs.size());
            }
        }
        double max = latest.stream().map(l -> l.median("wallSeconds")).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> fastestByParams = new TreeMap<>();
        for (Latest l : latest) {
            Double w = l.median("wallSeconds");
            if (w != null) {
                fastestByParams.merge(Trend.params(l.newest()), w, Math::min);
            }
        }
        List<HostsView.Row> rows = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            Latest l = latest.get(i);
            RunSummary r = l.newest();
            Double wall = l.median("wallSeconds");
            Double fastest = fastestByParams.get(Trend.params(r));
            rows.add(new HostsView.Row(m.privacy.host(r.hostId()), IndexPage.platform(r),
                    r.cpuModel() == null ? "" : r.cpuModel(), Trend.params(r),
                    r.shortSha() == null ? Fmt.NONE : r.shortSha(), Fmt.value(wall, "s"),
                    Fmt.value(l.median("maxRssBytes"), "B"),
                    wall == null || fastest == null || fastest == 0 ? Fmt.NONE : Fmt.ratio(wall / fastest),
                    Latest.bar(wall, max), counts.get(i)));
        }
        return new HostsView.Process(name, Links.process(name), rows);
    }
}
