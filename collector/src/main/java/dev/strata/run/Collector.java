package dev.strata.run;

import dev.strata.context.ContextCapture;
import dev.strata.context.Redactor;
import dev.strata.context.RunContext;
import dev.strata.measure.CommandLookup;
import dev.strata.measure.CustomMetrics;
import dev.strata.measure.Execution;
import dev.strata.measure.Launch;
import dev.strata.measure.ProcessRunner;
import dev.strata.measure.ScratchFiles;
import dev.strata.record.CustomMetric;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitSystemConfig;
import dev.strata.store.ProcessKey;
import dev.strata.store.RunFiles;
import dev.strata.store.Store;
import dev.strata.store.StoredRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The run path: capture the context, run the command (under the generic profiler, with the
 * sampler and the requested profilers around it), assemble the record, and commit it. A failing
 * workload is still recorded; an interrupted one is not (the store only ever sees whole runs).
 * {@link #measure} does all but the commit, for callers that commit several runs at once.
 */
public final class Collector {

    private final ProcessRunner runner;
    private final ContextCapture context;
    private final StoreOpener stores;
    private final Map<String, String> env;
    private final Consumer<String> warn;

    public Collector(ProcessRunner runner, ContextCapture context, StoreOpener stores, Map<String, String> env,
                     Consumer<String> warn) {
        this.runner = runner;
        this.context = context;
        this.stores = stores;
        this.env = env;
        this.warn = warn;
    }

    /** The real thing: this environment's context, Git stores. */
    public Collector(ProcessRunner runner, Map<String, String> env, Consumer<String> warn) {
        this(runner, new ContextCapture(env), StoreOpener.GIT, env, warn);
        GitSystemConfig.install(); // the context's and the store's repositories: no git processes to find config
    }

    /** Measures and commits one run. */
    public RunOutcome run(RunRequest req) throws IOException {
        trace("start");
        MeasuredRun missing = missingProgram(req);
        if (missing != null) {
            return new RunOutcome(null, null, missing.exitCode(), missing.message());
        }
        req.store().requireWritable();
        // the store is opened (and a remote one fetched) while the context is read and the workload runs
        // on a thread of its own: the common pool has one thread on two cores, and the Git facts read
        // before the workload starts must not queue behind a store's fetch
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> stores.open(req.store(), req.push()), task -> {
            Thread t = new Thread(task, "strata-store-open");
            t.setDaemon(true);
            t.start();
        });
        Store store = null;
        try (MeasuredRun m = measure(req)) {
            store = join(opening);
            if (m.record() == null) {
                return new RunOutcome(null, null, m.exitCode(), m.message());
            }
            StoredRun stored = store.write(m.files());
            store.publish();
            trace("committed");
            return new RunOutcome(m.record(), stored, m.exitCode(), null);
        } finally {
            if (store != null) {
                store.close();
            } else {
                opening.thenAccept(Store::close);
            }
        }
    }

    /** Measures one run; the caller commits {@link MeasuredRun#files()} and closes it. */
    public MeasuredRun measure(RunRequest req) throws IOException {
        String process = req.labels().name() != null ? ProcessKey.require(req.labels().name())
                : ProcessKey.derive(Redactor.redactArgs(req.command()));
        MeasuredRun missing = missingProgram(req);
        if (missing != null) {
            return missing;
        }
        RunContext ctx = context.capture(req.context(), req.command(), req.cwd());
        List<String> warnings = new ArrayList<>(ctx.warnings());
        trace("git, host, libraries, noise");

        Path scratch = ScratchFiles.directory();
        boolean keep = false;
        try {
            Path metricsFile = scratch.resolve("metrics.jsonl");
            Files.createFile(metricsFile);
            RunRequest.Watch w = req.watch();
            Map<String, String> extraEnv = new java.util.LinkedHashMap<>(req.env());
            extraEnv.put(CustomMetrics.ENV, metricsFile.toString());
            Launch launch = new Launch(req.command(), req.cwd(), extraEnv,
                    w.timeout(), w.killGrace(), w.sampleIntervalMillis(), w.captureBytes(), scratch);
            ProfiledExecution.Result run = ProfiledExecution.run(runner, launch, req.profilers(), scratch, warn);
            Execution ex = run.execution();
            warnings.addAll(ex.warnings());
            warnings.addAll(run.warnings());
            trace("workload done");
            ScratchFiles.sweep(ScratchFiles.tmpDir()); // leftovers of killed runs: after the workload, not before
            if (ex.interruptedBy() != null) {
                return MeasuredRun.nothing(ex.shellExitCode(),
                        "interrupted by signal " + ex.interruptedBy() + ": the workload was stopped, nothing recorded",
                        null);
            }
            Set<Long> ours = new HashSet<>(run.helperPids());
            if (ex.sampled() != null) {
                ex.sampled().processes().forEach(n -> ours.add(n.pid()));
            }
            for (String n : ctx.noise().finish(ours, ex.wallSeconds())) {
                warn.accept("noisy host: " + n);
                warnings.add(n);
            }

            Map<String, CustomMetric> custom = new TreeMap<>();
            CustomMetrics.Parsed reported = CustomMetrics.parseLines(
                    Files.readString(metricsFile, StandardCharsets.UTF_8), "$" + CustomMetrics.ENV);
            custom.putAll(reported.metrics());
            custom.putAll(req.labels().metrics());
            reported.warnings().forEach(warn);
            warnings.addAll(reported.warnings());

            RunRecord record = RecordAssembler.assemble(req, process, ctx, ex, custom, run.profiles(), warnings);
            TreeMap<String, Path> attachments = new TreeMap<>(run.attachments());
            if (ex.stdoutCapture() != null) {
                attachments.put("output/stdout.txt", ex.stdoutCapture());
                attachments.put("output/stderr.txt", ex.stderrCapture());
            }
            trace("record built");
            keep = true;
            return new MeasuredRun(record, new RunFiles(process, ex.startedAt(), RunJson.write(record), attachments),
                    ex.shellExitCode(), null, scratch);
        } finally {
            if (!keep) {
                new MeasuredRun(null, null, 0, null, scratch).close();
            }
        }
    }

    /** A program that does not exist is not a run: nothing is recorded, not even a failed run. */
    private MeasuredRun missingProgram(RunRequest req) {
        String program = req.command().get(0);
        if (CommandLookup.find(program, env.get("PATH"), req.cwd()).isEmpty()) {
            return MeasuredRun.nothing(127, "command not found: " + program + " (nothing recorded)", null);
        }
        return null;
    }

    private static Store join(CompletableFuture<Store> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private static void trace(String phase) {
        Trace.mark(phase);
    }
}
