package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Series;

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

    public Detection {
        changePoints = List.copyOf(changePoints);
        events = List.copyOf(events);
    }

    /** Groups the flagged change points of {@code series} that share a host and a first commit into events. */
    public static Detection of(List<Series> series, List<ChangePoint> changePoints) {
        Map<String, List<ChangePoint>> byHostCommit = new LinkedHashMap<>();
        for (ChangePoint cp : changePoints) {
            if (cp.flagged()) {
                byHostCommit.computeIfAbsent(host(cp) + "\n" + cp.firstBad().sha(), k -> new ArrayList<>()).add(cp);
            }
        }
        Map<String, Integer> seriesAtCommit = null;
        List<EnvironmentEvent> events = new ArrayList<>();
        for (List<ChangePoint> group : byHostCommit.values()) {
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
        return new Detection(changePoints, events);
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
