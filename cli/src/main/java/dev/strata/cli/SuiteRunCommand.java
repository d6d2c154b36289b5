package dev.strata.cli;

import dev.strata.measure.CommandLookup;
import dev.strata.record.Ulid;
import dev.strata.suite.Batch;
import dev.strata.suite.Order;
import dev.strata.suite.PlannedRun;
import dev.strata.suite.SuitePlan;
import dev.strata.suite.SuiteReader;
import dev.strata.suite.SuiteRunner;
import dev.strata.summary.SuiteSummary;
import dev.strata.summary.SummaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "run", sortOptions = false,
        description = {"Run a suite: every process at every point of its sweep, warm-ups first, then the repetitions.",
                "Each batch (one process at one point) is committed whole as its last run ends; a summary follows."},
        footer = {"", "Exit code: 0 all ran and succeeded; 1 a run failed or a batch did not run; 2 the suite or an "
                + "option is invalid (nothing runs); 130 interrupted (finished batches are stored)."})
final class SuiteRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    RunOptions runOptions;

    @Parameters(index = "0", paramLabel = "FILE", description = "The suite file (YAML).")
    Path file;
    @Option(names = "--filter", paramLabel = "GLOB", description = "Only processes whose name matches (repeatable).")
    List<String> filters;
    @Option(names = "--repetitions", paramLabel = "N", description = "Timed runs per batch, for every process.")
    Integer repetitions;
    @Option(names = "--param", paramLabel = "NAME=V1,V2", description = "Sweep these values of a parameter instead (repeatable).")
    List<String> params;
    @Option(names = "--no-profile", description = "Leave the suite's profilers out.")
    boolean noProfile;
    @Option(names = "--dry-run", description = "Print the runs in order, run nothing.")
    boolean dryRun;
    @Option(names = "--order", paramLabel = "sequential|interleaved|random",
            description = "Batch after batch (default), round-robin over batches, or shuffled.")
    String order = "sequential";
    @Option(names = "--seed", description = "Seed of --order random (printed when not given).")
    Long seed;
    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the summary as Markdown "
            + "(it is appended to $GITHUB_STEP_SUMMARY when that is set).")
    Path markdown;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        SuiteReader.Result suite = SuiteFiles.read(file, err);
        if (!suite.ok()) {
            return Errors.USAGE;
        }
        if (repetitions != null && repetitions < 1) {
            throw new Errors.UsageException("--repetitions " + repetitions + ": must be at least 1");
        }
        Order o = Order.parse(order);
        if (seed != null && o != Order.RANDOM) {
            throw new Errors.UsageException("--seed goes with --order random");
        }
        long s = seed != null ? seed : new SecureRandom().nextLong();
        Path cwd = Path.of("").toAbsolutePath();
        Path repoDir = runOptions.repoDir(cwd);
        SecureRandom random = new SecureRandom();
        List<Batch> batches = SuitePlan.of(suite.suite(), SuiteFiles.name(suite), file.toAbsolutePath().getParent(),
                new SuitePlan.Overrides(filters == null ? List.of() : filters, repetitions, runOptions.tag, sweep(), !noProfile),
                () -> Ulid.next(Instant.now(), random));
        List<PlannedRun> schedule = o.schedule(batches, s);
        if (o == Order.RANDOM && seed == null) {
            err.println("strata suite: order random, seed " + s + " (--seed " + s + " repeats it)");
        }
        if (dryRun) {
            SuitePlanText.print(out, batches, schedule);
            return 0;
        }
        requirePrograms(batches);

        try (SuiteStore store = SuiteStore.open(storeOptions.location(repoDir), runOptions.push);
             var stop = StopSignals.install()) {
            SuiteRunner runner = new SuiteRunner(SuiteExecutor.create(repoDir, runOptions.hostId, err), store::commit,
                    dev.strata.suite.Hooks.PROCESSES, SuiteProgressViews.forTerminal(err, System.getenv()),
                    stop::requested);
            SuiteRunner.Result result = runner.run(batches, schedule);
            report(result, out, err, store.where());
            if (result.interrupted()) {
                return 130;
            }
            return result.notRun().isEmpty() && result.failedRuns() == 0 ? 0 : 1;
        }
    }

    private Map<String, List<Object>> sweep() {
        Map<String, List<Object>> out = new java.util.LinkedHashMap<>();
        KeyValues.parse("--param", params).forEach((k, v) -> {
            List<Object> values = new java.util.ArrayList<>();
            for (String one : v.split(",")) {
                if (!one.isBlank()) {
                    values.add(KeyValues.typed(one.trim()));
                }
            }
            if (values.isEmpty()) {
                throw new Errors.UsageException("--param " + k + "=: no values");
            }
            out.put(k, values);
        });
        return out;
    }

    /**
     * A program that does not exist would make every run of its batch fail: say so before anything
     * runs. A batch with a setup command is left to it (the setup may build the program).
     */
    private static void requirePrograms(List<Batch> batches) {
        String path = System.getenv("PATH");
        for (Batch b : batches) {
            if (b.setup() != null) {
                continue;
            }
            String program = b.command().get(0);
            if (CommandLookup.find(program, path, b.cwd()).isEmpty()) {
                throw new Errors.UsageException("process '" + b.process() + "': command not found: " + program
                        + " (nothing ran)");
            }
        }
    }

    private void report(SuiteRunner.Result result, PrintWriter out, PrintWriter err, String where) throws Exception {
        err.println("strata suite: " + result.records().size() + " runs of " + result.committed().size() + " batches"
                + " recorded in " + where);
        for (Map.Entry<Batch, String> e : result.notRun().entrySet()) {
            err.println("strata suite: not run: " + e.getKey().label() + " (" + e.getValue() + ")");
        }
        err.flush();
        if (result.records().isEmpty()) {
            return;
        }
        SuiteSummary summary = SuiteSummary.of(result.records());
        out.print(SummaryText.TABLE.render(summary));
        out.flush();
        String md = SummaryText.MARKDOWN.render(summary);
        if (markdown != null) {
            Files.writeString(markdown, md, StandardCharsets.UTF_8);
        }
        String step = System.getenv("GITHUB_STEP_SUMMARY");
        if (step != null && !step.isBlank()) {
            Files.writeString(Path.of(step), md + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
