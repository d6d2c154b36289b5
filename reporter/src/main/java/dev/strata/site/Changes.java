package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.detect.Direction;
import dev.strata.detect.EnvironmentEvent;
import dev.strata.series.MetricInfo;
import dev.strata.series.Point;

import java.util.List;
import java.util.Map;

/**
 * How the pages read the detector's change points: the metric as pages key it, the runs on either
 * side (the newest run of each point: the one a reader opens), the direction, and the environment
 * event a change point is one of, in words.
 */
final class Changes {

    private Changes() {
    }

    /** The metric as pages key it: a built-in's name, or {@link MetricInfo#CUSTOM} and the custom metric's name. */
    static String metric(ChangePoint c) {
        String name = c.metric().name();
        return MetricInfo.builtIn(name) != null ? name : MetricInfo.CUSTOM + name;
    }

    /** The store path ({@code process/folder}) of the last run at the old level. */
    static String lastGoodRun(ChangePoint c) {
        return run(c.lastGood());
    }

    /** The store path of the first run at the new level. */
    static String firstBadRun(ChangePoint c) {
        return run(c.firstBad());
    }

    private static String run(Point p) {
        List<String> paths = p.runPaths();
        return paths.isEmpty() ? null : paths.get(paths.size() - 1);
    }

    static boolean regression(ChangePoint c) {
        return c.direction() == Direction.REGRESSION;
    }

    /** {@code regression} or {@code improvement}, as the pages' classes and marks name it. */
    static String direction(ChangePoint c) {
        return c.direction().label();
    }

    /** An event in words; the host is named by the page (public sites hide host names). */
    static String describe(EnvironmentEvent e) {
        return "environment event: " + e.members().size() + " of " + e.ofSeries()
                + " series of this host stepped at this commit";
    }

    /** What pages show of some change points, for the digest of a page's inputs. */
    static String digest(List<ChangePoint> cps, Map<ChangePoint, EnvironmentEvent> events) {
        StringBuilder sb = new StringBuilder(cps.size() * 160);
        for (ChangePoint c : cps) {
            EnvironmentEvent e = events.get(c);
            sb.append(c.key().process()).append('\u0000').append(metric(c)).append('\u0000').append(c.key().hostId())
                    .append('\u0000').append(lastGoodRun(c)).append('\u0000').append(firstBadRun(c)).append('\u0000')
                    .append(direction(c)).append('\u0000').append(c.ratio()).append('\u0000').append(c.confidence())
                    .append('\u0000').append(c.possible()).append('\u0000').append(e == null ? "" : describe(e)).append('\n');
        }
        return sb.toString();
    }
}
