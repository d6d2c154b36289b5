package dev.strata.suite;

import dev.strata.record.Repetition;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.store.RunFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner's bookkeeping with a fake executor; SuiteRunIT drives the real collector and store. */
class SuiteRunnerTest {

    private final List<String> events = new ArrayList<>();
    private final List<List<RunFiles>> commits = new ArrayList<>();

    private static Batch batch(int i, String process, int warmups, int reps) {
        return new Batch("batch-" + i, process, Map.of(), "s", null, null, null, null, List.of(process), Path.of("/"),
                Map.of(), null, List.of("setup-" + process), List.of("teardown-" + process), List.of(), List.of(), null,
                SuitePlan.runs(i, warmups, reps, false, ProfileOn.EXTRA));
    }

    private RunExecutor.Measured measured(Batch b, PlannedRun r) {
        RunRecord.Builder rb = RunRecord.builder();
        rb.process = b.process();
        rb.status = RunStatus.OK;
        rb.repetition = new Repetition(b.id(), r.index(), r.of(), r.warmup());
        return new RunExecutor.Measured(rb.build(), RunFiles.of(b.process(), Instant.now(), new byte[0]), 0, null, false,
                () -> events.add("close " + b.process()));
    }

    private SuiteProgress progress() {
        return new SuiteProgress() {
            public void started(int totalRuns) { events.add("start " + totalRuns); }
            public void running(Batch batch, PlannedRun run) { }
            public void finished(Batch batch, PlannedRun run, RunRecord record) { }
            public void committed(Batch batch, int runs) { events.add("commit " + batch.process() + " " + runs); }
            public void skipped(Batch batch, String why) { events.add("skip " + batch.process() + ": " + why); }
            public void close() { events.add("end"); }
        };
    }

    private SuiteRunner runner(RunExecutor ex, Hooks hooks) {
        return new SuiteRunner(ex, (b, files) -> {
            commits.add(files);
            return files.size();
        }, hooks, progress(), () -> false);
    }

    private final Hooks okHooks = (cmd, cwd, env) -> {
        events.add(cmd.get(0));
        return null;
    };

    @Test
    void interruptedHalfWayKeepsFinishedBatchesAndReportsTheRestAsNotRun() throws IOException {
        List<Batch> batches = List.of(batch(0, "a", 1, 2), batch(1, "b", 1, 2), batch(2, "c", 0, 1));
        int[] calls = {0};
        RunExecutor ex = (b, r) -> {
            if (++calls[0] == 5) { // the second run of batch b: strata got Ctrl-C while it ran
                return new RunExecutor.Measured(null, null, 130, "interrupted by signal 2", true, null);
            }
            return measured(b, r);
        };
        SuiteRunner.Result res = runner(ex, okHooks).run(batches, Order.SEQUENTIAL.schedule(batches, 0));
        assertThat(res.interrupted()).isTrue();
        assertThat(res.committed()).extracting(Batch::process).containsExactly("a");
        assertThat(res.notRun()).containsEntry(batches.get(1), "interrupted").containsEntry(batches.get(2), "interrupted");
        assertThat(commits).hasSize(1).first().asList().hasSize(3);
        assertThat(res.records()).hasSize(3);
        // b was set up, so it is torn down; its measured run's scratch is released; c never started
        assertThat(events).containsExactly("start 7", "setup-a", "commit a 3", "close a", "close a", "close a",
                "teardown-a", "setup-b", "teardown-b", "close b", "end");
    }

    @Test
    void aBatchWhoseSetupFailsIsSkippedAndTheOthersRun() throws IOException {
        List<Batch> batches = List.of(batch(0, "a", 0, 2), batch(1, "b", 0, 2));
        Hooks hooks = (cmd, cwd, env) -> cmd.get(0).equals("setup-a") ? "exited 3" : null;
        SuiteRunner.Result res = runner(this::measured, hooks).run(batches, Order.INTERLEAVED.schedule(batches, 0));
        assertThat(res.committed()).extracting(Batch::process).containsExactly("b");
        assertThat(res.notRun()).containsExactly(Map.entry(batches.get(0), "setup exited 3"));
        assertThat(events).contains("skip a: setup exited 3", "commit b 2");
    }

    @Test
    void interleavedBatchesAreCommittedWhenTheirLastRunIsDone() throws IOException {
        List<Batch> batches = List.of(batch(0, "a", 1, 3), batch(1, "b", 1, 3));
        SuiteRunner.Result res = runner(this::measured, okHooks).run(batches, Order.INTERLEAVED.schedule(batches, 0));
        assertThat(res.committed()).hasSize(2);
        assertThat(commits).allSatisfy(c -> assertThat(c).hasSize(4));
        assertThat(res.notRun()).isEmpty();
    }
}
