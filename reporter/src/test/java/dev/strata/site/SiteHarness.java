package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.detect.Detection;
import dev.strata.detect.Detector;
import dev.strata.detect.Direction;
import dev.strata.export.DataFiles;
import dev.strata.series.MetricDef;
import dev.strata.series.MetricInfo;
import dev.strata.series.Point;
import dev.strata.series.RunSummary;
import dev.strata.series.SeriesKey;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;
import dev.strata.store.GitStore;
import dev.strata.testing.SampleRuns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a site from a store the way {@code strata report} does, with the real parts: the flamegraph
 * engine's diffs, detection, the CSV downloads. ({@code oneRegression} is a fixed change point for the
 * page tests that render pages from a model without a store.)
 */
final class SiteHarness {

    final List<String> warnings = new ArrayList<>();
    final List<String> phases = new ArrayList<>();
    SiteBuilder.Result result;
    StoreSnapshot.Loaded loaded;

    /** One regression: ingest-py's wall time on lab-xeon (cells=4000) from commit 5 on. */
    static Detection oneRegression(List<RunSummary> runs) {
        RunSummary good = pick(runs, 4);
        RunSummary bad = pick(runs, 5);
        return good == null || bad == null ? Detection.NONE : new Detection(List.of(change("ingest-py", "wallSeconds",
                "lab-xeon", good, bad, Direction.REGRESSION, 1.25, 0.99, false)), List.of());
    }

    /**
     * A change point as the detector reports it, between the points of two runs ({@code metric} as pages key
     * it: a built-in's name or {@code custom:} and the name).
     */
    static ChangePoint change(String process, String metric, String hostId, RunSummary good, RunSummary bad,
                              Direction direction, double ratio, double confidence, boolean possible) {
        String name = metric.startsWith(MetricInfo.CUSTOM) ? metric.substring(MetricInfo.CUSTOM.length()) : metric;
        return new ChangePoint(new SeriesKey(process, name, hostId), new MetricDef(name, "", null, null), 1,
                point(good), point(bad), direction, ratio, confidence, 0.01, "test", possible);
    }

    private static Point point(RunSummary r) {
        return new Point(r.sha() == null ? r.path() : r.sha(), java.time.Instant.ofEpochMilli(r.commitMillis()), 1, 1, 1, 1,
                null, List.of(r.path()));
    }

    private static RunSummary pick(List<RunSummary> runs, int commit) {
        String sha = SampleRuns.sha(commit);
        return runs.stream().filter(r -> r.process().equals("ingest-py") && sha.equals(r.sha())
                        && "lab-xeon".equals(r.hostId()) && Long.valueOf(4000).equals(r.params().get("cells")))
                .max(Comparator.comparingLong(RunSummary::startedAtMillis)).orElse(null);
    }

    SiteBuilder.Result build(Path storeDir, Path out, SiteOptions options, Path cacheFile) throws IOException {
        try (GitStore store = GitStore.open(storeDir); StoreSnapshot snap = new StoreSnapshot(store.repository())) {
            SummaryCache cache = cacheFile == null ? SummaryCache.none() : SummaryCache.open(cacheFile);
            loaded = snap.load(store.refName(), cache, warnings::add);
            cache.save();
            String rev = store.refName();
            SiteBuilder b = new SiteBuilder(warnings::add, phases::add).diffFlamegraphs(new FlameEngineDiffs())
                    .detector(Detector.standard())
                    .dataExport((runs, dir, privacy) -> DataFiles.write(runs.stream().map(privacy).toList(), dir));
            result = b.build(snap, loaded, new SiteContext(options.title(), "results", null), options, out);
            return result;
        }
    }
}
