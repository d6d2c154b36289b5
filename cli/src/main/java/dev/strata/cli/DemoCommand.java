package dev.strata.cli;

import dev.strata.record.Ulid;
import dev.strata.store.StoreLocation;
import dev.strata.suite.Batch;
import dev.strata.suite.Hooks;
import dev.strata.suite.Order;
import dev.strata.suite.SuitePlan;
import dev.strata.suite.SuiteReader;
import dev.strata.suite.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "demo", sortOptions = false,
        description = {"Tell strata's story in about two minutes: make a throwaway Git repository of a small toolkit,",
                "commit its history (two releases, one commit that slows a function down, one that needs more memory),",
                "run its suite at every commit with repetitions (and py-spy where installed), then build ./site."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Site directory (default: ./site).")
    Path out = Path.of("site");
    @Option(names = "--examples", paramLabel = "DIR", description = "Examples directory (default: the one next to strata).")
    Path examples;
    @Option(names = "--workdir", paramLabel = "DIR", description = "Where the throwaway repository goes (default: a new temporary directory).")
    Path workdir;
    @Option(names = "--quick", description = "Fewer runs: the smallest size of each process and no profiler.")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path home = Path.of(System.getProperty("strata.home", "")).toAbsolutePath();
        Path ex = examples != null ? examples.toAbsolutePath() : home.resolve("examples");
        Path history = ex.resolve("demo/history");
        if (!Files.isRegularFile(history.resolve("steps.tsv"))) {
            throw new Errors.UsageException("the demo's history is not at " + history + " (use --examples DIR)");
        }
        List<DemoHistory.Step> steps = DemoHistory.steps(history);
        Path work = workdir != null ? workdir.toAbsolutePath() : Files.createTempDirectory("strata-demo-");
        StoreLocation store = storeOptions.location();
        long started = System.nanoTime();
        boolean profile = !quick && DemoProfiler.available(err);
        int failures = 0;
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(steps.size()));
        SecureRandom random = new SecureRandom();
        try (DemoHistory repo = DemoHistory.create(history, work.resolve("cellkit"));
             SuiteStore results = SuiteStore.open(store, false);
             var stop = StopSignals.install()) {
            err.println("strata demo: a throwaway repository of the toolkit 'cellkit' at " + repo.dir());
            for (int i = 0; i < steps.size(); i++) {
                DemoHistory.Step step = steps.get(i);
                String sha = repo.commit(step, first.plus(Duration.ofDays(i)));
                Path suiteFile = repo.dir().resolve("perf.suite.yaml");
                SuiteReader.Result suite = SuiteFiles.read(suiteFile, err);
                if (!suite.ok()) {
                    return Errors.USAGE;
                }
                List<Batch> batches = SuitePlan.of(suite.suite(), SuiteFiles.name(suite), repo.dir(),
                        new SuitePlan.Overrides(List.of(), null, step.tag(), quick ? Map.of("cells", List.of(1000L)) : Map.of(),
                                profile), () -> Ulid.next(Instant.now(), random));
                err.printf("strata demo: commit %d/%d %s %s%s: %d runs%n", i + 1, steps.size(), sha.substring(0, 7),
                        step.message(), step.tag() == null ? "" : " (tag " + step.tag() + ")",
                        batches.stream().mapToInt(b -> b.runs().size()).sum());
                err.flush();
                SuiteRunner runner = new SuiteRunner(SuiteExecutor.create(repo.dir(), null, err), results::commit,
                        Hooks.PROCESSES, SuiteProgressViews.quiet(), stop::requested);
                SuiteRunner.Result r = runner.run(batches, Order.SEQUENTIAL.schedule(batches, 0));
                if (r.interrupted()) {
                    err.println("strata demo: interrupted; the runs so far are in " + store.localDir());
                    return 130;
                }
                failures += r.failedRuns() + r.notRun().size();
                r.notRun().forEach((b, why) -> err.println("strata demo: not run: " + b.label() + " (" + why + ")"));
            }
        }
        int code = ReportCommand.build(store.localDir(), null, out, dev.strata.site.SiteOptions.defaults("strata demo"), err);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        err.println();
        err.println("strata demo: done in " + seconds + " s. Open " + out.toAbsolutePath().resolve("index.html"));
        err.println("  - processes 'ingest' and 'normalize': a trend per metric, change points marked");
        err.println("  - regressions.html: normalize got slower at 'normalize_total: one comprehension per cell'"
                + " (cell_total now runs once per value), ingest needs more memory since 'ingest: keep a dense view"
                + " for quality control'");
        err.println("  - tags.html: v1.1 against v1.0, the regressions flagged");
        err.println(profile ? "  - the run pages of normalize: py-spy flamegraphs, and the diff against the run before"
                : "  - (no profiler ran: install py-spy for flamegraphs and their diffs)");
        err.println("  - the code under test: " + work.resolve("cellkit") + " (git log, git diff v1.0 v1.1)");
        err.flush();
        return failures > 0 ? 1 : code;
    }
}
