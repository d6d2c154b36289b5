package dev.strata.run;

import dev.strata.context.RecordRedactor;
import dev.strata.context.RunContext;
import dev.strata.measure.Execution;
import dev.strata.measure.TimeReport;
import dev.strata.measure.TreeSampler;
import dev.strata.record.CustomMetric;
import dev.strata.record.Metrics;
import dev.strata.record.Profile;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Ulid;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Puts one run's record together from what was asked, the context, how the launch went and what
 * the profilers wrote. Secrets are taken out of the whole record here, so nothing that reaches the
 * store carries them.
 */
final class RecordAssembler {

    private RecordAssembler() {
    }

    static RunRecord assemble(RunRequest req, String process, RunContext ctx, Execution ex,
                              Map<String, CustomMetric> custom, List<Profile> profiles, List<String> warnings) {
        RunRequest.Labels l = req.labels();
        RunRecord.Builder b = RunRecord.builder();
        b.id = Ulid.next(ex.startedAt(), new Random());
        b.process = process;
        b.suite = l.suite();
        b.tag = l.tag();
        b.description = l.description();
        b.language = l.language();
        b.task = l.task();
        b.params = l.params().isEmpty() ? null : l.params();
        b.repetition = l.repetition();
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
        b.metrics = metrics(tr == null ? null : tr.metrics(), ex.wallSeconds(), ex.sampled());
        if (ex.sampled() != null) {
            b.processTree = ex.sampled().processes();
            b.timeline = ex.sampled().timeline();
            b.sampling = ex.sampled().sampling();
        }
        b.git = ctx.git();
        b.host = ctx.host();
        b.environment = ctx.environment();
        b.customMetrics = custom.isEmpty() ? null : custom;
        b.userData = l.userData() == null || l.userData().isEmpty() ? null : l.userData();
        b.profiles = profiles.isEmpty() ? null : profiles;
        b.warnings = warnings.isEmpty() ? null : warnings;
        return RecordRedactor.redact(b.build());
    }

    /*
     * GNU time's figures are those of the workload process (and the children it waited for); the
     * sampler adds the tree's peak and I/O. Our wall clock has nanosecond resolution; time's %e 10 ms.
     */
    static Metrics metrics(Metrics t, double wall, TreeSampler.Result s) {
        if (t == null) {
            if (s == null) {
                return new Metrics(wall, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        Metrics.SAMPLED);
            }
            double cpu = s.userSeconds() + s.sysSeconds();
            return new Metrics(wall, s.userSeconds(), s.sysSeconds(), wall > 0 ? Math.round(cpu / wall * 1000) / 10.0 : null,
                    s.maxProcessRssBytes(), s.treePeakRssBytes(), null, null, null, null, null, null, s.readBytes(),
                    s.writeBytes(), Metrics.SAMPLED);
        }
        Long treePeak = s == null ? null : Math.max(s.treePeakRssBytes(), t.maxRssBytes() == null ? 0 : t.maxRssBytes());
        return new Metrics(wall, t.userSeconds(), t.sysSeconds(), t.cpuPercent(), t.maxRssBytes(), treePeak,
                t.majorPageFaults(), t.minorPageFaults(), t.voluntaryContextSwitches(), t.involuntaryContextSwitches(),
                t.fsInputBlocks(), t.fsOutputBlocks(), s == null ? null : s.readBytes(), s == null ? null : s.writeBytes(),
                t.source());
    }
}
