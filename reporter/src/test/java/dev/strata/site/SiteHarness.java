package dev.strata.site;

import dev.strata.detect.Detector;
import dev.strata.export.DataFiles;
import dev.strata.series.RunSummary;
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
 * engine's diffs, detection, the CSV downloads. ({@code ONE_REGRESSION} is a fixed change point for the
 * page tests that render pages from a model without a store.)
 */
final class SiteHarness {

    final List<String> warnings = new ArrayList<>();
    final List<String> phases = new ArrayList<>();
    SiteBuilder.Result result;
    StoreSnapshot.Loaded loaded;

    /** One regression: ingest-py's wall time on lab-xeon (cells=4000) from commit 5 on. */
    static final ChangePointSource ONE_REGRESSION = runs -> {
        RunSummary good = pick(runs, 4);
        RunSummary bad = pick(runs, 5);
        return good == null || bad == null ? List.of() : List.of(new ChangePoint("ingest-py", "wallSeconds", "lab-xeon",
                good.path(), bad.path(), "regression", 1.25, 0.99));
    };

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
                    .changePoints(new DetectedChangePoints(Detector.standard()))
                    .dataExport((runs, dir, privacy) -> DataFiles.write(runs.stream().map(privacy).toList(), dir));
            result = b.build(snap, loaded, new SiteContext(options.title(), "results", null), options, out);
            return result;
        }
    }
}
