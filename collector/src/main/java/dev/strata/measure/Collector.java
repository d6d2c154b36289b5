package dev.strata.measure;

import dev.strata.context.GitContext;
import dev.strata.context.HostContext;
import dev.strata.record.Metrics;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Ulid;
import dev.strata.store.GitStore;
import dev.strata.store.ProcessKey;
import dev.strata.store.RunFiles;
import dev.strata.store.StoreSync;
import dev.strata.store.StoredRun;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code strata run}: capture the context, run the command under the generic profiler, and
 * commit one record. A failing workload is still recorded; an interrupted one is not (the store
 * only ever sees whole runs).
 */
public final class Collector {

    private static final int PUSH_ATTEMPTS = 30;

    private final Launcher launcher;
    private final Map<String, String> env;

    public Collector(Launcher launcher, Map<String, String> env) {
        this.launcher = launcher;
        this.env = env;
    }

    public RunOutcome run(RunRequest req) throws IOException {
        String process = req.name() != null ? ProcessKey.require(req.name()) : ProcessKey.derive(req.command());
        String program = req.command().get(0);
        if (CommandLookup.find(program, env.get("PATH"), req.cwd()).isEmpty()) {
            return new RunOutcome(null, null, 127, "command not found: " + program + " (nothing recorded)");
        }
        List<String> warnings = new ArrayList<>();
        var git = GitContext.of(req.repoDir(), warnings);
        var host = HostContext.capture(env, req.hostId());

        Execution ex = launcher.run(new Launcher.Request(req.command(), req.cwd(), Map.of(), req.timeout(),
                req.killGrace()));
        warnings.addAll(ex.warnings());
        if (ex.interruptedBy() != null) {
            return new RunOutcome(null, null, ex.shellExitCode(),
                    "interrupted by signal " + ex.interruptedBy() + ": the workload was stopped, nothing recorded");
        }

        RunRecord.Builder b = RunRecord.builder();
        b.id = Ulid.next(ex.startedAt(), new Random());
        b.process = process;
        b.tag = req.tag();
        b.description = req.description();
        b.language = req.language();
        b.task = req.task();
        b.params = req.params() == null || req.params().isEmpty() ? null : req.params();
        b.command = req.command();
        b.cwd = req.cwd().toString();
        b.startedAt = ex.startedAt();
        b.endedAt = ex.endedAt();
        TimeReport tr = ex.report();
        b.exitCode = tr == null ? null : tr.exitCode();
        b.signal = tr == null ? null : tr.signal();
        b.status = ex.timedOut() ? RunStatus.TIMEOUT
                : tr != null && tr.signal() != null ? RunStatus.KILLED
                : tr != null && Integer.valueOf(0).equals(tr.exitCode()) ? RunStatus.OK : RunStatus.FAILED;
        b.metrics = withWall(tr == null ? null : tr.metrics(), ex.wallSeconds());
        b.git = git;
        b.host = host;
        b.userData = req.userData() == null || req.userData().isEmpty() ? null : req.userData();
        b.warnings = warnings.isEmpty() ? null : warnings;
        RunRecord record = b.build();

        StoredRun stored;
        try (GitStore store = req.store().open()) {
            StoreSync sync = new StoreSync(store, dev.strata.store.StoreLocation.REMOTE, PUSH_ATTEMPTS);
            if (req.store().isRemote()) {
                sync.pull();
            }
            stored = store.write(RunFiles.of(process, ex.startedAt(), RunJson.write(record)));
            if (req.push() || req.store().isRemote()) {
                sync.push();
            }
        }
        return new RunOutcome(record, stored, ex.shellExitCode(), null);
    }

    /* Our own clock has nanosecond resolution; time's %e has 10 ms. */
    private static Metrics withWall(Metrics m, double wall) {
        if (m == null) {
            return new Metrics(wall, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    Metrics.SAMPLED);
        }
        return new Metrics(wall, m.userSeconds(), m.sysSeconds(), m.cpuPercent(), m.maxRssBytes(),
                m.treePeakRssBytes(), m.majorPageFaults(), m.minorPageFaults(), m.voluntaryContextSwitches(),
                m.involuntaryContextSwitches(), m.fsInputBlocks(), m.fsOutputBlocks(), m.readBytes(), m.writeBytes(),
                m.source());
    }
}
