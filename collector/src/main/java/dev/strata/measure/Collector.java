package dev.strata.measure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.strata.context.EnvironmentVariables;
import dev.strata.context.GitContext;
import dev.strata.context.HostContext;
import dev.strata.context.LibraryProbe;
import dev.strata.context.NoiseCheck;
import dev.strata.context.Redactor;
import dev.strata.record.CustomMetric;
import dev.strata.record.Environment;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.ProcessNode;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Ulid;
import dev.strata.store.GitStore;
import dev.strata.store.ProcessKey;
import dev.strata.store.RunFiles;
import dev.strata.store.StoredRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code strata run}: capture the context, run the command under the generic profiler while the
 * sampler watches its process tree, and commit one record. A failing workload is still recorded;
 * an interrupted one is not (the store only ever sees whole runs).
 */
public final class Collector {

    private static final int PUSH_ATTEMPTS = 30;

    private final Launcher launcher;
    private final Map<String, String> env;
    private final Consumer<String> warn;

    public Collector(Launcher launcher, Map<String, String> env, Consumer<String> warn) {
        this.launcher = launcher;
        this.env = env;
        this.warn = warn;
    }

    /** With STRATA_TRACE=1, where the collector's own time goes (milliseconds since the JVM started). */
    private void trace(String phase) {
        if ("1".equals(env.get("STRATA_TRACE"))) {
            long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            warn.accept("trace: " + ms + " ms since start: " + phase);
        }
    }

    public RunOutcome run(RunRequest req) throws IOException {
        trace("start");
        String process = req.name() != null ? ProcessKey.require(req.name()) : ProcessKey.derive(req.command());
        String program = req.command().get(0);
        if (CommandLookup.find(program, env.get("PATH"), req.cwd()).isEmpty()) {
            return new RunOutcome(null, null, 127, "command not found: " + program + " (nothing recorded)");
        }
        List<String> warnings = new ArrayList<>();
        // Git facts (JGit's start-up, a status walk) on a second thread while host facts are read
        List<String> gitWarnings = new ArrayList<>();
        java.util.concurrent.CompletableFuture<dev.strata.record.GitInfo> gitFuture =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> GitContext.of(req.repoDir(), gitWarnings));
        // the store is opened (and a remote one fetched) before the workload runs, while we wait anyway
        java.util.concurrent.CompletableFuture<GitStore> storeFuture =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> openStore(req));
        HostInfo host = HostContext.capture(env, req.hostId() != null ? req.hostId() : env.get("STRATA_HOST_ID"));
        LibraryProbe.Versions versions = LibraryProbe.probe(req.libs(), req.command(), req.cwd());
        warnings.addAll(versions.warnings());
        List<String> noise = new ArrayList<>(NoiseCheck.beforeRun(host.loadAverage1m(),
                host.logicalCores() == null ? 1 : host.logicalCores(), Path.of("/sys"), Path.of("/proc/meminfo")));
        boolean proc = ProcFs.available();
        NoiseCheck.CpuSnapshot before = proc ? NoiseCheck.snapshot(ProcFs.linux()) : null;
        var git = gitFuture.join();
        warnings.addAll(gitWarnings);
        trace("git, host, libraries, noise");

        GitStore store;
        try {
            store = storeFuture.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        Path scratch = Files.createTempDirectory("strata-run-");
        try {
            Path metricsFile = scratch.resolve("metrics.jsonl");
            Files.createFile(metricsFile);
            Map<String, String> extraEnv = Map.of(CustomMetrics.ENV, metricsFile.toString());
            Execution ex = launcher.run(new Launcher.Request(req.command(), req.cwd(), extraEnv, req.timeout(),
                    req.killGrace(), req.sampleIntervalMillis(), req.captureBytes(), scratch));
            warnings.addAll(ex.warnings());
            trace("workload done");
            if (ex.interruptedBy() != null) {
                return new RunOutcome(null, null, ex.shellExitCode(),
                        "interrupted by signal " + ex.interruptedBy() + ": the workload was stopped, nothing recorded");
            }
            if (before != null && ex.sampled() != null) {
                Set<Long> exclude = new HashSet<>();
                ex.sampled().processes().forEach(n -> exclude.add(n.pid()));
                exclude.add(ProcessHandle.current().pid());
                ProcessHandle.current().parent().ifPresent(h -> exclude.add(h.pid()));
                noise.addAll(NoiseCheck.busyNeighbours(before, NoiseCheck.snapshot(ProcFs.linux()), exclude,
                        ex.wallSeconds(), SamplerThread.clockTicksAndPageBytes()[0]));
            }
            for (String n : noise) {
                warn.accept("noisy host: " + n);
            }
            warnings.addAll(noise);

            Map<String, CustomMetric> custom = new TreeMap<>();
            CustomMetrics.Parsed reported = CustomMetrics.parseLines(
                    Files.readString(metricsFile, StandardCharsets.UTF_8), "$" + CustomMetrics.ENV);
            custom.putAll(reported.metrics());
            custom.putAll(req.metrics());
            for (String w : reported.warnings()) {
                warn.accept(w);
            }
            warnings.addAll(reported.warnings());

            RunRecord record = record(req, process, ex, git, host, versions, custom, warnings);
            TreeMap<String, Path> attachments = new TreeMap<>();
            if (ex.stdoutCapture() != null) {
                attachments.put("output/stdout.txt", ex.stdoutCapture());
                attachments.put("output/stderr.txt", ex.stderrCapture());
            }
            trace("record built");
            StoredRun stored = commit(store, req, new RunFiles(process, ex.startedAt(), RunJson.write(record), attachments));
            trace("committed");
            return new RunOutcome(record, stored, ex.shellExitCode(), null);
        } finally {
            store.close();
            deleteTree(scratch);
        }
    }

    private RunRecord record(RunRequest req, String process, Execution ex, dev.strata.record.GitInfo git,
                             HostInfo host, LibraryProbe.Versions versions, Map<String, CustomMetric> custom,
                             List<String> warnings) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = Ulid.next(ex.startedAt(), new Random());
        b.process = process;
        b.tag = req.tag();
        b.description = req.description();
        b.language = req.language();
        b.task = req.task();
        b.params = req.params() == null || req.params().isEmpty() ? null : req.params();
        b.command = Redactor.redactArgs(req.command());
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
            b.processTree = ex.sampled().processes().stream().map(Collector::redacted).toList();
            b.timeline = ex.sampled().timeline();
        }
        b.git = git;
        b.host = host;
        Map<String, String> vars = EnvironmentVariables.capture(env, req.envVars());
        Map<String, String> runtimes = new LinkedHashMap<>(versions.runtimes());
        runtimes.putIfAbsent("strata-java", System.getProperty("java.version"));
        b.environment = new Environment(runtimes, versions.libraries().isEmpty() ? null : versions.libraries(),
                vars.isEmpty() ? null : vars);
        b.customMetrics = custom.isEmpty() ? null : custom;
        b.userData = redacted(req.userData());
        b.warnings = warnings.isEmpty() ? null : warnings;
        return b.build();
    }

    private static ProcessNode redacted(ProcessNode n) {
        String cmd = n.command() == null ? null : String.join(" ", Redactor.redactArgs(List.of(n.command().split(" "))));
        return new ProcessNode(n.pid(), n.ppid(), cmd, n.startOffsetSeconds(), n.endOffsetSeconds(), n.cpuSeconds(),
                n.peakRssBytes(), n.readBytes(), n.writeBytes());
    }

    private static ObjectNode redacted(ObjectNode userData) {
        if (userData == null || userData.isEmpty()) {
            return null;
        }
        ObjectNode copy = userData.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        for (String k : names) {
            if (copy.get(k).isTextual()) {
                copy.set(k, new TextNode(Redactor.redactVariable(k, copy.get(k).asText())));
            } else if (Redactor.isSecretName(k)) {
                copy.set(k, new TextNode(Redactor.REDACTED));
            }
        }
        return copy;
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

    private static GitStore openStore(RunRequest req) {
        GitStore store = req.store().open();
        try {
            if (req.store().pullsBeforeWrite(req.push())) {
                req.store().sync(store, PUSH_ATTEMPTS).pull();
            }
            store.tip(); // reads the branch: JGit's start-up happens now, not after the workload
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static StoredRun commit(GitStore store, RunRequest req, RunFiles files) {
        StoredRun stored = store.write(files);
        if (req.store().pushesAfterWrite(req.push())) {
            req.store().sync(store, PUSH_ATTEMPTS).push();
        }
        return stored;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

}
