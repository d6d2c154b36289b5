package dev.strata.site;

import dev.strata.detect.Detection;
import dev.strata.detect.Detector;
import dev.strata.detect.EnvironmentEvent;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;
import dev.strata.series.SeriesBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The detector's change points for the site: the run summaries the site holds become the series
 * detection works on (one point per commit, repetitions merged), and its findings the site's markers.
 */
public final class DetectedChangePoints implements ChangePointSource {

    private final Detector detector;

    public DetectedChangePoints(Detector detector) {
        this.detector = detector;
    }

    @Override
    public List<ChangePoint> changePoints(List<RunSummary> runs) {
        Detection found = detector.detectAll(SeriesBuilder.build(runs));
        Map<dev.strata.detect.ChangePoint, EnvironmentEvent> events = found.eventOf();
        List<ChangePoint> out = new ArrayList<>();
        for (dev.strata.detect.ChangePoint c : found.changePoints()) {
            String name = c.metric().name();
            String key = MetricInfo.builtIn(name) != null ? name : MetricInfo.CUSTOM + name;
            EnvironmentEvent e = events.get(c);
            out.add(new ChangePoint(c.key().process(), key, c.key().hostId(), first(c.lastGood().runPaths()),
                    first(c.firstBad().runPaths()), c.direction().name().toLowerCase(java.util.Locale.ROOT),
                    c.ratio(), c.confidence(), c.possible(), e == null ? null : describe(e)));
        }
        return out;
    }

    /** An event in words; the host is named by the page (public sites hide host names). */
    static String describe(EnvironmentEvent e) {
        return "environment event: " + e.members().size() + " of " + e.ofSeries()
                + " series of this host stepped at this commit";
    }

    private static String first(List<String> paths) {
        return paths.isEmpty() ? null : paths.get(paths.size() - 1);
    }
}
