package dev.strata.site;

import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;
import dev.strata.store.GitStore;
import dev.strata.testing.SampleRuns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds a site from a store the way {@code strata report} does, with stand-ins for the parts other
 * packages provide (diff flamegraphs, change points, CSV export) so their wiring is exercised.
 */
final class SiteHarness {

    final List<String> warnings = new ArrayList<>();
    final List<String> phases = new ArrayList<>();
    SiteBuilder.Result result;
    StoreSnapshot.Loaded loaded;

    static final DiffFlamegraphs FAKE_DIFF = (before, after, title) -> Optional.of(
            SampleRuns.flamegraphSvg("diff " + title).getBytes(StandardCharsets.UTF_8));

    /** One regression: ingest-py's wall time on lab-xeon (cells=4000) from commit 5 on. */
    static final ChangePointSource ONE_REGRESSION = runs -> {
        RunSummary good = pick(runs, 4);
        RunSummary bad = pick(runs, 5);
        return good == null || bad == null ? List.of() : List.of(new ChangePoint("ingest-py", "wallSeconds", "lab-xeon",
                good.path(), bad.path(), "regression", 1.25, 0.99));
    };

    static final DataExport CSV = (runs, dir, privacy) -> {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("runs.csv"), "process,folder\n" + runs.size() + "\n");
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
            SiteBuilder b = new SiteBuilder(warnings::add, phases::add).diffFlamegraphs(FAKE_DIFF)
                    .changePoints(ONE_REGRESSION).dataExport(CSV);
            result = b.build(snap, loaded, new SiteContext(options.title(), "results", null), options, out);
            return result;
        }
    }
}
