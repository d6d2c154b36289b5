package dev.strata.cli;

import dev.strata.check.EarlierProfile;
import dev.strata.check.Escalation;
import dev.strata.flame.DiffFlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;
import dev.strata.flame.Palette;
import dev.strata.measure.Launcher;
import dev.strata.profilers.Profiler;
import dev.strata.profilers.Profilers;
import dev.strata.record.Profile;
import dev.strata.record.RunRecord;
import dev.strata.run.Collector;
import dev.strata.run.RunOutcome;
import dev.strata.run.RunRequest;
import dev.strata.series.ProfileRef;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.store.GitStore;
import dev.strata.store.StoreLocation;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code strata check --escalate}: each regressed process is run again, exactly as its newest
 * run of the current commit was, with the profilers its earlier runs used (or the one its
 * language calls for), the run is committed, and its profile is diffed against the nearest
 * earlier profiled run of the same process.
 */
final class Escalator {

    private final StoreLocation store;
    private final boolean push;
    private final Path codeDir;
    private final Path outDir;
    private final Duration timeout;
    private final PrintWriter err;

    Escalator(StoreLocation store, boolean push, Path codeDir, Path outDir, Duration timeout, PrintWriter err) {
        this.store = store;
        this.push = push;
        this.codeDir = codeDir;
        this.outDir = outDir;
        this.timeout = timeout;
        this.err = err;
    }

    List<Escalation> escalate(List<String> processes, List<RunSummary> current, List<RunSummary> all) throws IOException {
        List<Escalation> out = new ArrayList<>();
        for (String process : processes) {
            RunSummary newest = current.stream().filter(r -> process.equals(r.process()))
                    .max(Comparator.comparing(RunSummary::startedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            if (newest == null) {
                continue;
            }
            RunRecord full = fullRecord(newest);
            if (full == null) {
                out.add(new Escalation(process, null, null, null, null, "its record could not be read"));
                continue;
            }
            out.addAll(escalate(process, full, all));
        }
        return out;
    }

    /** The command and working directory of a run are in its full record, not in its summary. */
    private RunRecord fullRecord(RunSummary run) {
        try (GitStore s = store.openForReading(); StoreSnapshot snapshot = new StoreSnapshot(s.repository())) {
            return snapshot.record(run, w -> err.println("strata: warning: " + w));
        }
    }

    private List<Escalation> escalate(String process, RunRecord run, List<RunSummary> all) throws IOException {
        if (run.command() == null || run.command().isEmpty() || run.cwd() == null) {
            return List.of(new Escalation(process, null, null, null, null, "its record has no command to run again"));
        }
        if (run.command().stream().anyMatch(a -> a.contains("***"))) {
            return List.of(new Escalation(process, null, null, null, null, "its recorded command had a secret taken"
                    + " out, so it cannot be run again as it was: run it by hand with strata run --profile"));
        }
        if (!Files.isDirectory(Path.of(run.cwd()))) {
            return List.of(new Escalation(process, null, null, null, null, "its working directory " + run.cwd()
                    + " is not on this machine"));
        }
        List<Profiler> profilers = profilersFor(process, run, all);
        err.println("strata check: profiling " + process + " again with "
                + String.join(", ", profilers.stream().map(Profiler::name).toList()));
        err.flush();
        RunRequest req = RunRequest.builder(run.command(), Path.of(run.cwd()))
                .name(process).tag(run.tag()).language(run.language()).task(run.task()).params(run.params())
                .description("profiled again by strata check --escalate").repoDir(codeDir).timeout(timeout)
                .profilers(profilers).store(store).push(push).build();
        RunOutcome o = new Collector(Launcher.withSystemTime(), System.getenv(),
                w -> err.println("strata: warning: " + w)).run(req);
        if (o.record() == null) {
            return List.of(new Escalation(process, null, null, null, null, "it could not be run again: " + o.message()));
        }
        String rerun = o.stored().path();
        if (o.record().profiles() == null) {
            String why = o.record().warnings() == null ? "" : ": " + String.join("; ", o.record().warnings().stream()
                    .filter(w -> w.startsWith("profiler ")).toList());
            return List.of(new Escalation(process, null, rerun, null, null, "the run again left no profile" + why));
        }
        List<Escalation> out = new ArrayList<>();
        for (Profile p : o.record().profiles()) {
            if (!"folded".equals(p.format())) {
                out.add(new Escalation(process, p.profiler(), rerun, null, null, "its profile is opaque: no diff"));
                continue;
            }
            String host = o.record().host() == null ? null : o.record().host().id();
            String sha = o.record().git() == null ? null : o.record().git().sha();
            RunSummary earlier = EarlierProfile.nearest(all, process, p.profiler(), o.record().startedAt(), host, sha)
                    .orElse(null);
            if (earlier == null) {
                out.add(new Escalation(process, p.profiler(), rerun, null, null, "no earlier run of " + process
                        + " has a " + p.profiler() + " profile to diff against; the next escalation will"));
                continue;
            }
            ProfileRef before = EarlierProfile.folded(earlier, p.profiler()).orElseThrow();
            Path svg = diff(process, p, earlier.path() + "/" + before.file(), rerun + "/" + p.file(),
                    earlier.path(), rerun);
            out.add(new Escalation(process, p.profiler(), rerun, earlier.path(), svg.toString(), null));
        }
        return out;
    }

    /** The profilers of the process's earlier profiled runs; else the one its language or program calls for. */
    static List<Profiler> profilersFor(String process, RunRecord run, List<RunSummary> all) {
        Set<String> names = new LinkedHashSet<>();
        for (RunSummary r : all) {
            if (process.equals(r.process())) {
                r.profiles().forEach(p -> names.add(p.profiler()));
            }
        }
        List<Profiler> out = new ArrayList<>();
        for (String n : names) {
            try {
                out.add(Profilers.parseOne(n));
            } catch (IllegalArgumentException e) {
                // a custom profiler's command is not recorded: it cannot be brought back
            }
        }
        if (out.isEmpty()) {
            out.add(Profilers.parseOne(defaultProfiler(run)));
        }
        return out;
    }

    static String defaultProfiler(RunRecord run) {
        String lang = run.language() == null ? "" : run.language().toLowerCase(Locale.ROOT);
        String program = Path.of(run.command().get(0)).getFileName().toString().toLowerCase(Locale.ROOT);
        if (lang.equals("python") || program.startsWith("python")) {
            return "py-spy";
        }
        if (lang.equals("r") || program.equals("rscript") || program.equals("r")) {
            return "rprof";
        }
        if (lang.equals("java") || lang.equals("kotlin") || lang.equals("scala") || program.equals("java")) {
            return "jfr";
        }
        return "perf";
    }

    private Path diff(String process, Profile p, String beforePath, String afterPath, String beforeRun,
                      String afterRun) throws IOException {
        byte[] before;
        byte[] after;
        try (GitStore g = store.openForReading()) {
            before = read(g.repository(), g.refName(), beforePath);
            after = read(g.repository(), g.refName(), afterPath);
        }
        FoldedStacks pair = FoldedStacks.readPair(new ByteArrayInputStream(before), beforePath,
                new ByteArrayInputStream(after), afterPath, false);
        FlameOptions options = FlameOptions.defaults()
                .withTitle(process + " · " + p.profiler() + ": " + beforeRun + " → " + afterRun)
                .withSubtitle("widths: the run again; red: more than before, blue: less");
        if ("memory".equals(p.kind())) {
            options = options.withUnit("bytes").withPalette(Palette.MEMORY);
        }
        Files.createDirectories(outDir);
        Path svg = outDir.resolve(process + "." + p.profiler() + ".diff.svg");
        try (OutputStream o = Files.newOutputStream(svg)) {
            DiffFlameGraph.render(pair, options, o);
        }
        return svg;
    }

    private static byte[] read(Repository repo, String ref, String path) throws IOException {
        ObjectId tip = repo.resolve(ref);
        try (RevWalk rw = new RevWalk(repo); TreeWalk tw = TreeWalk.forPath(repo, path, rw.parseCommit(tip).getTree())) {
            if (tw == null) {
                throw new IOException("the store has no " + path);
            }
            return repo.open(tw.getObjectId(0)).getBytes();
        }
    }
}
