package dev.strata.site;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.detect.Detection;
import dev.strata.detect.Detector;
import dev.strata.detect.EnvironmentEvent;
import dev.strata.record.CustomMetric;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.Repetition;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.series.LoadedRun;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;
import dev.strata.series.SeriesBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        List<LoadedRun> loaded = new ArrayList<>(runs.size());
        for (RunSummary s : runs) {
            loaded.add(new LoadedRun(s.path(), s.folder(), record(s)));
        }
        Detection found = detector.detectAll(SeriesBuilder.build(loaded));
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

    /** Just what series building reads of a record, rebuilt from its summary. */
    static RunRecord record(RunSummary s) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = s.id();
        b.process = s.process();
        b.tag = s.tag();
        b.startedAt = Instant.ofEpochMilli(s.startedAtMillis());
        b.status = s.status() == null ? null : RunStatus.parse(s.status());
        if (s.sha() != null) {
            b.git = new GitInfo(s.sha(), s.shortSha(), s.branch(), null, null,
                    Instant.ofEpochMilli(s.commitMillis()), null);
        }
        b.host = s.hostId() == null ? null : new HostInfo(s.hostId(), null, null, null, null, null, null, null, null,
                null, null);
        b.repetition = s.warmup() ? new Repetition(null, null, null, true) : null;
        ObjectNode builtIn = JsonNodeFactory.instance.objectNode();
        Map<String, CustomMetric> custom = new LinkedHashMap<>();
        if (s.metrics() != null) {
            s.metrics().forEach((k, v) -> {
                if (v == null) {
                    return;
                }
                if (k.startsWith(MetricInfo.CUSTOM)) {
                    MetricInfo info = s.custom() == null ? null : s.custom().get(k);
                    custom.put(k.substring(MetricInfo.CUSTOM.length()),
                            new CustomMetric(v, info == null ? null : info.unit(), info == null ? null : info.better()));
                } else if (MetricInfo.builtIn(k) != null) {
                    builtIn.put(k, v);
                }
            });
        }
        b.metrics = RunJson.mapper().convertValue(builtIn, Metrics.class);
        b.customMetrics = custom.isEmpty() ? null : custom;
        if (s.publishedRange() != null) {
            b.userData = JsonNodeFactory.instance.objectNode();
            b.userData.putObject("imported").put("range", s.publishedRange());
        }
        return b.build();
    }
}
