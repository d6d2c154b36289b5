package dev.strata.suite;

import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.store.RunFiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * Runs the planned runs in the given order and commits each batch as soon as its last run is
 * measured, so when the suite stops half-way (Ctrl-C, a kill between runs) every finished batch is
 * in the store and the others are reported as not run; a batch is never stored in part.
 */
public final class SuiteRunner {

    /** What happened: the stored records, the batches committed, and those not run with why. */
    public record Result(List<RunRecord> records, List<Batch> committed, Map<Batch, String> notRun, int failedRuns,
                         boolean interrupted) {
    }

    private final RunExecutor executor;
    private final BiFunction<Batch, List<RunFiles>, Integer> commit;
    private final Hooks hooks;
    private final SuiteProgress progress;
    private final BooleanSupplier stopRequested;

    /**
     * @param commit writes one batch's runs in one commit, returns how many were written
     * @param stopRequested polled between runs (a signal that arrives during a run reaches the workload)
     */
    public SuiteRunner(RunExecutor executor, BiFunction<Batch, List<RunFiles>, Integer> commit, Hooks hooks,
                       SuiteProgress progress, BooleanSupplier stopRequested) {
        this.executor = executor;
        this.commit = commit;
        this.hooks = hooks;
        this.progress = progress;
        this.stopRequested = stopRequested;
    }

    public Result run(List<Batch> batches, List<PlannedRun> order) throws IOException {
        Map<Integer, List<RunExecutor.Measured>> measured = new HashMap<>();
        Map<Batch, String> notRun = new LinkedHashMap<>();
        List<Batch> committed = new ArrayList<>();
        List<RunRecord> records = new ArrayList<>();
        boolean[] setUp = new boolean[batches.size()];
        int failed = 0;
        boolean interrupted = false;
        progress.started(order.size());
        try {
            for (PlannedRun run : order) {
                if (stopRequested.getAsBoolean()) {
                    interrupted = true;
                    break;
                }
                Batch b = batches.get(run.batch());
                if (notRun.containsKey(b)) {
                    continue;
                }
                if (!setUp[run.batch()]) {
                    setUp[run.batch()] = true;
                    String why = b.setup() == null ? null : hooks.run(b.setup(), b.cwd(), b.env());
                    if (why != null) {
                        skip(b, "setup " + why, notRun);
                        continue;
                    }
                }
                progress.running(b, run);
                RunExecutor.Measured m = executor.execute(b, run);
                if (m.interrupted()) {
                    m.close();
                    interrupted = true;
                    break;
                }
                if (m.record() == null) {
                    m.close();
                    skip(b, m.message(), notRun);
                    continue;
                }
                progress.finished(b, run, m.record());
                List<RunExecutor.Measured> done = measured.computeIfAbsent(run.batch(), k -> new ArrayList<>());
                done.add(m);
                if (done.size() == b.runs().size()) {
                    int written = commit.apply(b, done.stream().map(RunExecutor.Measured::files).toList());
                    progress.committed(b, written);
                    committed.add(b);
                    for (RunExecutor.Measured d : done) {
                        records.add(d.record());
                        if (!d.record().repetition().warmup() && d.record().status() != RunStatus.OK) {
                            failed++;
                        }
                    }
                    closeAll(measured.remove(run.batch()));
                    teardown(b);
                }
            }
        } finally {
            for (int i = 0; i < batches.size(); i++) {
                Batch b = batches.get(i);
                if (!committed.contains(b) && !notRun.containsKey(b)) {
                    notRun.put(b, interrupted ? "interrupted" : "not run");
                }
                if (setUp[i] && !committed.contains(b)) {
                    teardown(b);
                }
            }
            measured.values().forEach(SuiteRunner::closeAll);
            progress.close();
        }
        return new Result(records, committed, notRun, failed, interrupted);
    }

    private void skip(Batch b, String why, Map<Batch, String> notRun) {
        notRun.put(b, why);
        progress.skipped(b, why);
    }

    private void teardown(Batch b) throws IOException {
        if (b.teardown() != null) {
            String why = hooks.run(b.teardown(), b.cwd(), b.env());
            if (why != null) {
                progress.skipped(b, "teardown " + why + " (its runs are stored)");
            }
        }
    }

    private static void closeAll(List<RunExecutor.Measured> ms) {
        if (ms != null) {
            ms.forEach(RunExecutor.Measured::close);
        }
    }
}
