package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.detect.Detection;
import dev.strata.detect.EnvironmentEvent;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the page builders share: the runs by process (newest first), their trends, the change
 * points, and which runs get a page of their own (the newest N per process, the newest run of each process
 * in each of the newest tags, and every run a change point refers to); older runs live on as rows of their
 * process page.
 */
final class SiteModel {

    final List<RunSummary> runs;
    final Map<String, List<RunSummary>> byProcess = new TreeMap<>();
    final Map<String, RunSummary> byPath = new HashMap<>();
    /** The detector's change points, as it found them; {@code events}: the environment event of each member. */
    final List<ChangePoint> changePoints;
    final Map<ChangePoint, EnvironmentEvent> events;
    final Privacy privacy;
    final SiteOptions options;
    final List<String> downloads;
    private final Set<String> paged = new HashSet<>();
    private final List<RunSummary> pagedRuns = new ArrayList<>();
    private final Map<String, RunSummary> newestPerTag = new LinkedHashMap<>();
    private final Map<RunSummary, Integer> position = new java.util.IdentityHashMap<>();
    private final Map<String, Trend> trends = new java.util.concurrent.ConcurrentHashMap<>();

    static final Comparator<RunSummary> NEWEST_FIRST = Comparator.comparingLong(RunSummary::startedAtMillis)
            .thenComparing(RunSummary::folder).reversed();

    SiteModel(List<RunSummary> runs, Detection detection, SiteOptions options, List<String> downloads) {
        this.runs = runs;
        this.options = options;
        this.downloads = downloads;
        this.changePoints = detection.changePoints();
        this.events = detection.eventOf();
        this.privacy = Privacy.of(options.publicSite(), runs);
        for (RunSummary r : runs) {
            byProcess.computeIfAbsent(r.process(), k -> new ArrayList<>()).add(r);
            byPath.put(r.path(), r);
        }
        for (List<RunSummary> list : byProcess.values()) {
            list.sort(NEWEST_FIRST);
            for (int i = 0; i < list.size(); i++) {
                RunSummary r = list.get(i);
                position.put(r, i);
                if (i < options.runPagesPerProcess()) {
                    paged.add(r.path());
                }
                if (r.tag() != null) {
                    newestPerTag.putIfAbsent(tagKey(r), r);
                }
            }
        }
        Set<String> recentTags = recentTags(runs);
        newestPerTag.values().stream().filter(r -> recentTags.contains(r.tag())).forEach(r -> paged.add(r.path()));
        for (ChangePoint cp : changePoints) {
            paged.add(Changes.lastGoodRun(cp));
            paged.add(Changes.firstBadRun(cp));
        }
        for (RunSummary r : runs) {
            if (paged.contains(r.path())) {
                pagedRuns.add(r);
            }
        }
    }

    /** The newest tags (by their first run): their newest run of each process has a page. */
    static final int TAGS_WITH_RUN_PAGES = 5;

    private static Set<String> recentTags(List<RunSummary> runs) {
        Map<String, Long> first = new HashMap<>();
        for (RunSummary r : runs) {
            if (r.tag() != null) {
                first.merge(r.tag(), r.startedAtMillis(), Math::min);
            }
        }
        return first.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TAGS_WITH_RUN_PAGES).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    /** The newest run of each tag of a process may have a page: the tag page links it. */
    static String tagKey(RunSummary r) {
        return tagKey(r.process(), r.tag());
    }

    static String tagKey(String process, String tag) {
        return process + "\u0000" + tag;
    }

    RunSummary newestOfTag(String key) {
        return newestPerTag.get(key);
    }

    boolean hasPage(RunSummary r) {
        return paged.contains(r.path());
    }

    /** The link to a run's page from a page {@code depth} folders down, or null when it has none. */
    String runHref(RunSummary r, String root) {
        return hasPage(r) ? root + Links.run(r) : null;
    }

    /** The runs with a page of their own, in the order of {@link #runs}. */
    List<RunSummary> pagedRuns() {
        return java.util.Collections.unmodifiableList(pagedRuns);
    }

    Trend trend(String process) {
        return trends.computeIfAbsent(process, p -> Trend.of(byProcess.get(p), privacy));
    }

    /** The previous run (by start time) of the same process on the same host with the same parameters, or null. */
    RunSummary previousOnHost(RunSummary r) {
        List<RunSummary> list = byProcess.get(r.process());
        for (int j = position.get(r) + 1; j < list.size(); j++) {
            RunSummary o = list.get(j);
            if (java.util.Objects.equals(o.hostId(), r.hostId()) && o.params().equals(r.params())) {
                return o;
            }
        }
        return null;
    }

    /** The runs of the same process older than {@code r}, newest first. */
    List<RunSummary> olderThan(RunSummary r) {
        List<RunSummary> list = byProcess.get(r.process());
        return list.subList(position.get(r) + 1, list.size());
    }

    /** A process as pages name it: by its newest run's description when that is a name, with the key below. */
    Label label(String process) {
        List<RunSummary> list = byProcess.get(process);
        return Label.of(process, list == null || list.isEmpty() ? null : privacy.text(list.get(0).description()));
    }

    List<ChangePoint> changePointsOf(String process) {
        return changePoints.stream().filter(c -> c.key().process().equals(process)).toList();
    }

    /** The environment event a change point is one of, in words, or null. */
    String event(ChangePoint c) {
        EnvironmentEvent e = events.get(c);
        return e == null ? null : Changes.describe(e);
    }
}
