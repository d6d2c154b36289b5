package dev.strata.site;

import dev.strata.format.Units;
import dev.strata.series.ProfileRef;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Copies a run's files from the store next to its page: flamegraph SVGs (shown in a sandboxed frame),
 * every other attachment as a download only (opaque profiles are never rendered), and the
 * differential flamegraph against the previous run that has the same profile.
 */
final class RunAttachments {

    record Written(List<RunView.Flame> flamegraphs, List<RunView.Flame> diffs, List<RunView.Download> downloads) {
    }

    /** Files browsers show as data or offer as downloads, never run: everything else gets ".txt". */
    private static final java.util.Set<String> SAFE_EXTENSIONS = java.util.Set.of("folded", "collapsed", "txt", "log",
            "json", "csv", "tsv", "gz", "zst", "xz", "bz2", "zip", "data", "dat", "bin", "prof", "pprof", "pb", "jfr",
            "out", "rprof", "speedscope", "heaptrack", "trace", "perf");

    private RunAttachments() {
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    static Written write(StoreSnapshot store, SiteModel m, RunSummary run, DiffFlamegraphs diff, PageWriter out,
                         Consumer<String> warn) throws IOException {
        String dir = Links.runFiles(run);
        String rel = run.folder() + "/";
        List<RunView.Flame> flames = new ArrayList<>();
        List<RunView.Download> downloads = new ArrayList<>();
        for (StoreSnapshot.Attachment a : store.attachments(run.treeId())) {
            boolean text = a.path().endsWith(".svg") || a.path().endsWith(".folded") || a.path().endsWith(".txt")
                    || a.path().endsWith(".json");
            if (m.privacy.on() && (!text || a.path().startsWith("output/"))) {
                // an opaque profile (perf.data, ...) carries host and user names we cannot take out, and a
                // workload's captured output can carry anything at all
                continue;
            }
            byte[] bytes = store.read(a.blob());
            if (m.privacy.on()) {
                bytes = m.privacy.bytes(bytes);
            }
            String path = a.path();
            if (extension(path).equals("svg")) {
                // a picture from the store may have been written by anyone: it must not run script on our origin
                var clean = SafeSvg.clean(bytes);
                if (clean.isEmpty()) {
                    warn.accept(run.path() + "/" + path + " is no well-formed SVG; left out of the site");
                    continue;
                }
                bytes = clean.get();
            } else if (!SAFE_EXTENSIONS.contains(extension(path))) {
                // a page or script (.html, .js, ...) from the store is offered as plain text, never rendered
                path = path + ".txt";
            }
            if (path.startsWith("flamegraphs/") && extension(path).equals("svg")) {
                out.writeFile(dir + path, bytes);
                String name = path.substring("flamegraphs/".length(), path.length() - 4);
                flames.add(new RunView.Flame(name, rel + path, note(run, path)));
            } else {
                out.writeFile(dir + path, bytes);
                downloads.add(new RunView.Download(path, rel + path, format(run, a.path()),
                        Units.bytes(bytes.length)));
            }
        }
        List<RunView.Flame> diffs = new ArrayList<>();
        RunSummary before = previousWithProfile(m, run);
        if (before != null) {
            String profiler = RegressionsPage.sharedFolded(before, run);
            byte[] a = m.privacy.bytes(folded(store, before, profiler));
            byte[] b = m.privacy.bytes(folded(store, run, profiler));
            if (a != null && b != null) {
                String title = profiler + ": " + label(before) + " → " + label(run);
                try {
                    Optional<byte[]> svg = diff.diffSvg(a, b, title);
                    if (svg.isPresent()) {
                        String path = "flamegraphs/" + profiler + "-diff.svg";
                        out.writeFile(dir + path, svg.get());
                        String href = m.runHref(before, "../../");
                        diffs.add(new RunView.Flame(title, rel + path, href));
                    }
                } catch (RuntimeException e) {
                    warn.accept("diff flamegraph of " + run.path() + " failed: " + e.getMessage());
                }
            }
        }
        return new Written(flames, diffs, downloads);
    }

    /** The previous run of the same process on the same host with a folded profile from the same profiler. */
    static RunSummary previousWithProfile(SiteModel m, RunSummary run) {
        if (run.profiles().stream().noneMatch(p -> "folded".equals(p.format()))) {
            return null;
        }
        for (RunSummary o : m.olderThan(run)) {
            if (java.util.Objects.equals(o.hostId(), run.hostId()) && RegressionsPage.sharedFolded(o, run) != null) {
                return o;
            }
        }
        return null;
    }

    private static byte[] folded(StoreSnapshot store, RunSummary run, String profiler) {
        for (ProfileRef p : run.profiles()) {
            if (profiler.equals(p.profiler()) && "folded".equals(p.format()) && p.file() != null) {
                for (StoreSnapshot.Attachment a : store.attachments(run.treeId())) {
                    if (a.path().equals(p.file())) {
                        return store.read(a.blob());
                    }
                }
            }
        }
        return null;
    }

    private static String label(RunSummary r) {
        return (r.shortSha() == null ? "" : r.shortSha() + " ") + Fmt.minute(r.startedAtMillis());
    }

    private static String note(RunSummary run, String path) {
        for (ProfileRef p : run.profiles()) {
            if (path.equals(p.flamegraph())) {
                return (p.kind() == null ? "" : p.kind() + " profile") + (p.profiler() == null ? "" : " by " + p.profiler());
            }
        }
        return "";
    }

    private static String format(RunSummary run, String path) {
        if (path.startsWith("profiles/") && path.endsWith(".speedscope.json")) {
            String profiler = path.substring("profiles/".length(), path.length() - ".speedscope.json".length());
            return "speedscope · " + profiler + " (opens in speedscope and the Firefox Profiler)";
        }
        for (ProfileRef p : run.profiles()) {
            if (path.equals(p.file())) {
                return (p.format() == null ? "opaque" : p.format()) + (p.profiler() == null ? "" : " · " + p.profiler());
            }
        }
        return "file";
    }
}
