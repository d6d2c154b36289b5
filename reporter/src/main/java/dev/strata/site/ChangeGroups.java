package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Change points that share a commit range: one cause (a commit, or a change of the machines that ran
 * it) seen in many series at once, which readers take in as one event. Newest first.
 */
final class ChangeGroups {

    record Group(String id, long commitMillis, String range, List<ChangePoint> members) {
    }

    private ChangeGroups() {
    }

    static List<Group> of(SiteModel m, List<ChangePoint> cps) {
        Map<String, List<ChangePoint>> byRange = new LinkedHashMap<>();
        for (ChangePoint c : sorted(m, cps)) {
            byRange.computeIfAbsent(range(m, c), k -> new ArrayList<>()).add(c);
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<ChangePoint>> e : byRange.entrySet()) {
            ChangePoint first = e.getValue().get(0);
            String id = "c-" + e.getKey().replaceAll("[^A-Za-z0-9]+", "-");
            out.add(new Group(id, time(m, first), e.getKey(), e.getValue()));
        }
        out.sort(Comparator.comparingLong(Group::commitMillis).reversed().thenComparing(Group::range));
        return out;
    }

    /** The newest change point of each series (process x metric x host) when it is a flagged regression: still open. */
    static List<ChangePoint> open(SiteModel m) {
        Map<String, ChangePoint> newest = new LinkedHashMap<>();
        for (ChangePoint c : sorted(m, m.changePoints)) {
            newest.putIfAbsent(c.key().process() + "\u0000" + Changes.metric(c) + "\u0000" + c.key().hostId(), c);
        }
        // a possible step (too few points after it yet) is shown on the regressions page, not raised as open
        return newest.values().stream().filter(c -> Changes.regression(c) && !c.possible()).toList();
    }

    /** Newest first, then by process and metric. */
    static List<ChangePoint> sorted(SiteModel m, List<ChangePoint> cps) {
        List<ChangePoint> out = new ArrayList<>(cps);
        out.sort(Comparator.comparingLong((ChangePoint c) -> time(m, c)).reversed()
                .thenComparing((ChangePoint c) -> c.key().process()).thenComparing(Changes::metric)
                .thenComparing(c -> String.valueOf(c.key().hostId())));
        return out;
    }

    static String range(SiteModel m, ChangePoint c) {
        return sha(m.byPath.get(Changes.lastGoodRun(c))) + ".." + sha(m.byPath.get(Changes.firstBadRun(c)));
    }

    static long time(SiteModel m, ChangePoint c) {
        RunSummary bad = m.byPath.get(Changes.firstBadRun(c));
        return bad == null ? 0 : bad.commitMillis();
    }

    static String sha(RunSummary r) {
        return r == null || r.shortSha() == null ? "?" : r.shortSha();
    }
}
