package dev.strata.cli;

import dev.strata.series.LoadedRun;
import dev.strata.series.RunLoader;
import dev.strata.site.SiteBuilder;
import dev.strata.site.SiteContext;
import dev.strata.store.GitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", sortOptions = false,
        description = "Build the static website (trends, runs) from the store.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./site).")
    Path out = Path.of("site");
    @Option(names = "--ref", description = "Revision of the store to report (default: its branch).")
    String ref;
    @Option(names = "--title", description = "Site title (default: strata).")
    String title = "strata";

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        return build(storeOptions.location().localDir(), ref, out, title, err);
    }

    static int build(Path storeDir, String ref, Path out, String title, PrintWriter err) throws Exception {
        try (GitStore store = GitStore.open(storeDir)) {
            String rev = ref != null ? ref : store.refName();
            err.println("strata: reading runs from " + storeDir + " (" + rev + ")");
            int[] skipped = {0};
            List<LoadedRun> runs = new RunLoader(store.repository(), w -> {
                skipped[0]++;
                err.println("strata: warning: " + w);
            }).load(rev);
            err.println("strata: rendering " + runs.size() + " runs");
            SiteContext site = new SiteContext(title, storeDir.getFileName().toString(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            int pages = new SiteBuilder(w -> err.println("strata: warning: " + w)).build(runs, site, out);
            err.println("strata: wrote " + pages + " pages to " + out + (skipped[0] > 0 ? " (" + skipped[0]
                    + " unreadable runs skipped)" : "") + "; open " + out.resolve("index.html").toAbsolutePath());
            err.flush();
            return 0;
        }
    }
}
