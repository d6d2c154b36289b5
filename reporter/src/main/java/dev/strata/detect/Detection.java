package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What detection found over a store: every change point, and the environment events that group
 * the flagged change points of many series of one host at one commit.
 *
 * @param changePoints every change point, series order then time (members of events included)
 * @param events       the environment events, oldest first
 */
public record Detection(List<ChangePoint> changePoints, List<EnvironmentEvent> events) {

    /** An event needs at least this many series ... */
    public static final int EVENT_MIN_SERIES = 3;
    /** ... from at least this many processes (one process's metrics move together when its code changes) ... */
    public static final int EVENT_MIN_PROCESSES = 2;
    /** ... and at least this share of the host's series that have a point at that commit. */
    public static final double EVENT_MIN_SHARE = 0.25;
    /** A step judged together within this many points of one judged alone is the same step. */
    private static final int NEAR = 2;

    /** Nothing found (or nothing looked for). */
    public static final Detection NONE = new Detection(List.of(), List.of());

    public Detection {
        changePoints = List.copyOf(changePoints);
        events = List.copyOf(events);
    }

    /** Groups the flagged change points of {@code series} that share a host and a first commit into events. */
    public static Detection of(List<Series> series, List<ChangePoint> changePoints) {
        return of(series, changePoints, List.of());
    }

    /**
     * @param alone    the change points of each series judged alone
     * @param together the change points of each series judged as possible members of an event: those
     *                 that do form one join their series' change points, in place of a possible one
     *                 judged alone at the same step (a flagged one judged alone stays as it is)
     */
    public static Detection of(List<Series> series, List<ChangePoint> alone, List<ChangePoint> together) {
        Map<SeriesKey, List<ChangePoint>> flaggedAlone = new HashMap<>();
        for (ChangePoint cp : alone) {
            if (cp.flagged()) {
                flaggedAlone.computeIfAbsent(cp.key(), k -> new ArrayList<>()).add(cp);
            }
        }
        Map<String, Map<SeriesKey, ChangePoint>> byHostCommit = new LinkedHashMap<>();
        for (ChangePoint cp : alone) {
            if (cp.flagged()) {
                group(byHostCommit, cp);
            }
        }
        for (ChangePoint cp : together) {
            if (cp.flagged() && !near(flaggedAlone.getOrDefault(cp.key(), List.of()), cp)) {
                group(byHostCommit, cp);
            }
        }
        Map<String, Integer> seriesAtCommit = null;
        List<EnvironmentEvent> events = new ArrayList<>();
        for (Map<SeriesKey, ChangePoint> members : byHostCommit.values()) {
            List<ChangePoint> group = new ArrayList<>(members.values());
            Set<String> processes = new HashSet<>();
            group.forEach(c -> processes.add(c.key().process()));
            if (group.size() < EVENT_MIN_SERIES || processes.size() < EVENT_MIN_PROCESSES) {
                continue;
            }
            if (seriesAtCommit == null) {
                seriesAtCommit = seriesAtCommit(series, byHostCommit.keySet());
            }
            ChangePoint first = group.get(0);
            int of = Math.max(group.size(), seriesAtCommit.getOrDefault(host(first) + "\n" + first.firstBad().sha(), 0));
            if (group.size() >= EVENT_MIN_SHARE * of) {
                events.add(new EnvironmentEvent(first.key().hostId(), first.firstBad().sha(),
                        first.firstBad().commitTime(), group, of));
            }
        }
        events.sort(Comparator.comparing(EnvironmentEvent::commitTime).thenComparing(EnvironmentEvent::sha));
        // each series' own change points, the members of events judged together in place of possible ones
        Map<SeriesKey, List<ChangePoint>> joined = new HashMap<>();
        for (EnvironmentEvent e : events) {
            for (ChangePoint cp : e.members()) {
                joined.computeIfAbsent(cp.key(), k -> new ArrayList<>()).add(cp);
            }
        }
        Map<SeriesKey, List<ChangePoint>> bySeries = new LinkedHashMap<>();
        for (ChangePoint cp : alone) {
            List<ChangePoint> members = joined.getOrDefault(cp.key(), List.of());
            if (cp.flagged() || !near(members, cp)) {
                bySeries.computeIfAbsent(cp.key(), k -> new ArrayList<>()).add(cp);
            }
        }
        for (List<ChangePoint> members : joined.values()) {
            for (ChangePoint cp : members) {
                List<ChangePoint> own = bySeries.computeIfAbsent(cp.key(), k -> new ArrayList<>());
                if (own.stream().noneMatch(o -> o == cp)) {
                    own.add(cp);
                }
            }
        }
        List<ChangePoint> all = new ArrayList<>();
        for (Series s : series) {
            List<ChangePoint> own = bySeries.remove(s.key());
            if (own != null) {
                own.sort(Comparator.comparingInt(ChangePoint::index));
                all.addAll(own);
            }
        }
        bySeries.values().forEach(all::addAll);
        return new Detection(all, events);
    }

    private static void group(Map<String, Map<SeriesKey, ChangePoint>> byHostCommit, ChangePoint cp) {
        byHostCommit.computeIfAbsent(host(cp) + "\n" + cp.firstBad().sha(), k -> new LinkedHashMap<>())
                .putIfAbsent(cp.key(), cp);
    }

    private static boolean near(List<ChangePoint> list, ChangePoint cp) {
        return list.stream().anyMatch(o -> Math.abs(o.index() - cp.index()) <= NEAR);
    }

    /** For each host and commit asked about: how many of the host's series have a point at it. */
    private static Map<String, Integer> seriesAtCommit(List<Series> series, Set<String> wanted) {
        Map<String, Integer> out = new HashMap<>();
        for (Series s : series) {
            String host = Objects.toString(s.key().hostId(), "");
            for (Point p : s.points()) {
                String k = host + "\n" + p.sha();
                if (wanted.contains(k)) {
                    out.merge(k, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static String host(ChangePoint cp) {
        return Objects.toString(cp.key().hostId(), "");
    }

    /** The event each change point belongs to, if any. */
    public Map<ChangePoint, EnvironmentEvent> eventOf() {
        Map<ChangePoint, EnvironmentEvent> out = new IdentityHashMap<>();
        for (EnvironmentEvent e : events) {
            e.members().forEach(c -> out.put(c, e));
        }
        return out;
    }

    /** Change points that are not part of an event. */
    public List<ChangePoint> alone() {
        Map<ChangePoint, EnvironmentEvent> in = eventOf();
        return changePoints.stream().filter(c -> !in.containsKey(c)).toList();
    }

    /** What a reader is alerted to: flagged change points outside events, plus one per event. */
    public int alerts() {
        return (int) alone().stream().filter(ChangePoint::flagged).count() + events.size();
    }
}
