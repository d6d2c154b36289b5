package dev.strata.cli;

import dev.strata.series.StoreSnapshot;
import dev.strata.config.StoreConfig;
import dev.strata.export.DataFiles;
import dev.strata.site.FlameEngineDiffs;
import dev.strata.site.Phases;
import dev.strata.site.SiteBuilder;
import dev.strata.site.SiteContext;
import dev.strata.site.SiteOptions;
import dev.strata.store.GitStore;
import dev.strata.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

@Command(name = "report", sortOptions = false,
        description = "Build the static website (trends, runs, tags, languages, hosts, scaling, regressions) from the store.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    ReadOptions storeOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./site).")
    Path out = Path.of("site");
    @Option(names = "--title", description = "Site title (default: strata).")
    String title = "strata";
    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site is published, e.g. https://org.github.io/perf/ (links stay relative).")
    String baseUrl;
    @Option(names = "--public", description = "For the open web: leave out host names, environment variables, "
            + "user names and home paths, and user data not under the 'public' key.")
    boolean publicSite;
    @Option(names = "--run-pages", paramLabel = "N",
            description = "Run pages per process: the newest N (default: ${DEFAULT-VALUE}); older runs stay as rows.")
    int runPages = SiteOptions.DEFAULT_RUN_PAGES;

    @Override
    public Integer call() throws Exception {
        if (runPages < 1) {
            throw new Errors.UsageException("--run-pages must be at least 1, not " + runPages);
        }
        if (baseUrl != null && !baseUrl.matches("https?://\\S+")) {
            throw new Errors.UsageException("--base-url must be an http(s) address, not '" + baseUrl + "'");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Errors.UsageException("--out " + out + ": is a file, not a folder; the site is a folder of pages"
                    + " (give a new or existing folder)");
        }
        PrintWriter err = spec.commandLine().getErr();
        SiteOptions options = new SiteOptions(title, baseUrl, publicSite, runPages);
        return build(storeOptions.location(), storeOptions.ref, out, options, err);
    }

    static int build(Path storeDir, String ref, Path out, SiteOptions options, PrintWriter err) throws Exception {
        return build(new StoreLocation(storeDir, null), ref, out, options, err);
    }

    static int build(StoreLocation location, String ref, Path out, SiteOptions options, PrintWriter err) throws Exception {
        long t0 = System.nanoTime();
        // STRATA_TRACE=1: where the time goes, phase by phase and per kind of page
        boolean tracing = "1".equals(System.getenv("STRATA_TRACE"));
        Phases phases = new Phases(line -> err.println("strata: trace: " + line));
        Consumer<String> phase = tracing ? phases : p -> { };
        phase.accept("open the store");
        String storeDir = location.describe();
        try (GitStore store = location.openForReading(); StoreSnapshot snapshot = new StoreSnapshot(store.repository())) {
            // a bad --ref stops here, before the site is touched: no page is removed because of a typo
            String rev = StoreRevision.resolve(store, ref, storeDir, err);
            phase.accept("read runs");
            err.println("strata: reading runs from " + storeDir + " (" + rev + ")");
            err.flush();
            StoreSnapshot.Loaded loaded = snapshot.load(rev, w -> err.println("strata: warning: " + w));
            err.println("strata: " + loaded.runs().size() + " runs (" + loaded.parsed() + " parsed, " + loaded.cached()
                    + " from cache" + (loaded.skipped() > 0 ? ", " + loaded.skipped() + " unreadable skipped" : "") + ")");
            String label = location.isBranch() ? location.branch() : location.localDir().getFileName() == null
                    ? storeDir : location.localDir().getFileName().toString();
            SiteContext site = new SiteContext(options.title(), label, options.baseUrl());
            SiteBuilder builder = new SiteBuilder(w -> err.println("strata: warning: " + w),
                    step -> {
                        phase.accept(step);
                        err.println("strata: " + step);
                        err.flush();
                    });
            if (tracing) {
                builder.trace(line -> err.println("strata: trace: " + line));
            }
            builder.diffFlamegraphs(new FlameEngineDiffs())
                    .detector(StoreConfig.read(store.repository(), rev).detector(Map.of()))
                    .dataExport((runs, dataDir, privacy) -> DataFiles.write(runs.stream().map(privacy).toList(), dataDir));
            SiteBuilder.Result r = builder.build(snapshot, loaded, site, options, out);
            if (tracing) {
                phases.end();
            }
            err.println(String.format(Locale.ROOT, "strata: %d pages (%d rendered, %d unchanged), %d files written, "
                            + "%d removed in %.1f s; open %s", r.pages(), r.rendered(), r.keptAsIs(), r.filesWritten(),
                    r.filesDeleted(), (System.nanoTime() - t0) / 1e9, out.resolve("index.html").toAbsolutePath()));
            err.flush();
            return 0;
        }
    }
}
