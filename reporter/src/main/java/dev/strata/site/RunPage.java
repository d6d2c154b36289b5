package dev.strata.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.format.Units;
import dev.strata.record.ProcessNode;
import dev.strata.record.RunRecord;
import dev.strata.record.Sampling;
import dev.strata.record.Timeline;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds a run page's view model from the full record; the files it links are written by {@link RunAttachments}. */
final class RunPage {

    static final String ROOT = "../../";

    private RunPage() {
    }

    /**
     * The run pages: a page depends on its run, the run before it on its host (its figures are compared)
     * and the run before it with the same profile (the diff flamegraph), and whether those have pages.
     */
    static List<Page> pages(SiteBuild b) {
        SiteModel m = b.m;
        List<Page> out = new ArrayList<>();
        for (RunSummary r : m.pagedRuns()) {
            RunSummary prev = m.previousOnHost(r);
            RunSummary prevProfiled = RunAttachments.previousWithProfile(m, r);
            String inputs = b.digest("run", r.treeId(), prev == null ? "" : prev.treeId() + m.hasPage(prev),
                    prevProfiled == null ? "" : prevProfiled.treeId() + m.hasPage(prevProfiled));
            out.add(new Page(Links.run(r), "run", ROOT, inputs, Links.runFiles(r), w -> {
                var reader = b.reader();
                RunRecord record = reader.record(r, b.warn);
                if (record == null) {
                    return null;
                }
                RunAttachments.Written files = RunAttachments.write(reader, m, r, b.diff, w, b.warn);
                return view(m, r, record, prev, files);
            }));
        }
        return out;
    }

    static RunView view(SiteModel m, RunSummary s, RunRecord r, RunSummary previous, RunAttachments.Written files) {
        Privacy p = m.privacy;
        List<RunView.Item> facts = new ArrayList<>();
        add(facts, "Started", r.startedAt() == null ? null : Fmt.MINUTE.format(r.startedAt()) + " UTC");
        add(facts, "Ended", r.endedAt() == null ? null : Fmt.MINUTE.format(r.endedAt()) + " UTC");
        add(facts, "Exit code", r.exitCode() == null ? null : r.exitCode().toString());
        add(facts, "Signal", r.signal() == null ? null : r.signal().toString());
        add(facts, "Tag", p.text(r.tag()));
        add(facts, "Suite", p.text(r.suite()));
        add(facts, "Description", p.text(r.description()));
        add(facts, "Language", r.language());
        add(facts, "Task", p.text(r.task()));
        add(facts, "Parameters", Trend.params(s).isEmpty() ? null : Trend.params(s));
        if (r.repetition() != null) {
            var rep = r.repetition();
            add(facts, "Repetition", (rep.index() == null ? "?" : rep.index() + 1) + " of "
                    + (rep.of() == null ? "?" : rep.of()) + (Boolean.TRUE.equals(rep.warmup()) ? " (warm-up)" : "")
                    + (rep.batch() == null ? "" : " · batch " + rep.batch()));
        }
        add(facts, "Run id", r.id());
        add(facts, "Tree memory sampled", sampling(r.sampling()));
        List<RunView.MetricRow> metrics = new ArrayList<>();
        List<MetricInfo> infos = new ArrayList<>(MetricInfo.builtIns());
        infos.addAll(s.custom().values());
        for (MetricInfo info : infos) {
            Double v = s.metric(info.key());
            if (v == null) {
                continue;
            }
            Double before = previous == null ? null : previous.metric(info.key());
            TagView.Cell c = TagsPage.cell(info, v, before == null ? Double.NaN : before);
            metrics.add(new RunView.MetricRow(info.label() + (info.custom() ? " (reported)" : ""), c.value(),
                    c.other() == null ? Fmt.NONE : c.other(), c.change() == null ? Fmt.NONE : c.change(), c.cls(),
                    c.signal()));
        }
        List<RunView.Item> git = new ArrayList<>();
        if (r.git() != null) {
            var g = r.git();
            add(git, "Commit", g.sha());
            add(git, "Branch", p.text(g.branch()));
            add(git, "Describe", p.text(g.describe()));
            add(git, "Dirty", g.dirty() == null ? null : g.dirty() ? "yes (uncommitted changes)" : "no");
            add(git, "Commit time", g.commitTime() == null ? null : Fmt.MINUTE.format(g.commitTime()) + " UTC");
            add(git, "Repository", p.text(g.repo()));
        }
        List<RunView.Item> host = new ArrayList<>();
        List<RunView.Item> ci = new ArrayList<>();
        if (r.host() != null) {
            var h = r.host();
            add(host, "Host", p.host(h.id()));
            add(host, "Hostname", p.hostname(h.hostname()));
            add(host, "OS", h.os());
            add(host, "Kernel", h.kernel());
            add(host, "Architecture", h.arch());
            add(host, "CPU", h.cpuModel());
            add(host, "Cores", cores(h.physicalCores(), h.logicalCores()));
            add(host, "Memory", h.memoryBytes() == null ? null : Units.bytes(h.memoryBytes()));
            add(host, "Load (1 min) at start", h.loadAverage1m() == null ? null : Fmt.fixed(h.loadAverage1m(), 2));
            if (h.ci() != null) {
                add(ci, "Provider", h.ci().provider());
                add(ci, "Run", p.text(h.ci().runId()));
                add(ci, "Job", p.text(h.ci().job()));
                add(ci, "URL", p.text(h.ci().url()));
            }
        }
        var env = r.environment();
        List<RunView.Item> runtimes = items(env == null ? null : env.runtimes());
        List<RunView.Item> libraries = items(env == null ? null : env.libraries());
        List<RunView.Item> variables = p.on() ? List.of() : items(env == null ? null : env.variables());
        JsonNode user = p.userData(r.userData());
        String userData = user == null || user.isEmpty() ? null : pretty(user);
        String prevHref = previous == null ? null : m.runHref(previous, ROOT);
        String prevLabel = previous == null ? null
                : (previous.shortSha() == null ? "" : previous.shortSha() + " · ") + Fmt.minute(previous.startedAtMillis());
        return new RunView(s.process(), ROOT + Links.process(s.process()), s.folder(), s.status(),
                "status " + s.status(), facts, r.command() == null ? "" : p.text(String.join(" ", quoteAll(r.command()))),
                p.text(r.cwd()), metrics, prevHref, prevLabel, git, host, ci, runtimes, libraries, variables, userData,
                tree(r.processTree(), p), timeline(r.timeline()), r.warnings() == null ? List.of() : r.warnings().stream().map(p::text).toList(),
                files.flamegraphs(), files.diffs(), files.downloads());
    }

    /** How treePeakRssBytes and the timeline were measured, in words: what they can have missed. */
    static String sampling(Sampling s) {
        if (s == null || s.intervalMillis() == null) {
            return null;
        }
        StringBuilder t = new StringBuilder(Sampling.PROC_RSS_SUM.equals(s.method())
                ? "every process's RSS summed, every " : (s.method() == null ? "" : s.method() + ", every "));
        t.append(s.intervalMillis() + " ms");
        if (s.fastIntervalMillis() != null && s.fastIntervalMillis() < s.intervalMillis()) {
            t.append(" (").append(s.fastIntervalMillis() + " ms").append(" for a second after the tree changed)");
        }
        if (s.samples() != null) {
            t.append(", ").append(s.samples()).append(s.samples() == 1 ? " sample" : " samples");
        }
        return t.append("; a process that lived between two samples is missed").toString();
    }

    private static String cores(Integer physical, Integer logical) {
        if (physical == null && logical == null) {
            return null;
        }
        return (physical == null ? "?" : physical) + " physical, " + (logical == null ? "?" : logical) + " logical";
    }

    private static void add(List<RunView.Item> list, String name, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new RunView.Item(name, value));
        }
    }

    private static List<RunView.Item> items(Map<String, String> map) {
        List<RunView.Item> out = new ArrayList<>();
        if (map != null) {
            new TreeMap<>(map).forEach((k, v) -> out.add(new RunView.Item(k, v == null ? "" : v)));
        }
        return out;
    }

    private static List<String> quoteAll(List<String> argv) {
        List<String> out = new ArrayList<>(argv.size());
        for (String a : argv) {
            out.add(a.isEmpty() || a.matches(".*[\\s\"'$`\\\\].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return out;
    }

    private static String pretty(JsonNode n) {
        try {
            return ProcessPage.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            return n.toString();
        }
    }

    /** Processes depth-first from the roots, children by start time. */
    static List<RunView.TreeRow> tree(List<ProcessNode> nodes, Privacy p) {
        List<RunView.TreeRow> out = new ArrayList<>();
        if (nodes == null || nodes.isEmpty()) {
            return out;
        }
        Set<Long> pids = new HashSet<>();
        nodes.forEach(n -> pids.add(n.pid()));
        Map<Long, List<ProcessNode>> children = new HashMap<>();
        List<ProcessNode> roots = new ArrayList<>();
        for (ProcessNode n : nodes) {
            if (n.ppid() != null && pids.contains(n.ppid()) && n.ppid() != n.pid()) {
                children.computeIfAbsent(n.ppid(), k -> new ArrayList<>()).add(n);
            } else {
                roots.add(n);
            }
        }
        Comparator<ProcessNode> byStart = Comparator.comparing(n -> n.startOffsetSeconds() == null ? 0 : n.startOffsetSeconds());
        roots.sort(byStart);
        children.values().forEach(l -> l.sort(byStart));
        Set<Long> seen = new HashSet<>();
        for (ProcessNode root : roots) {
            walk(root, 0, children, seen, out, p);
        }
        return out;
    }

    private static void walk(ProcessNode n, int depth, Map<Long, List<ProcessNode>> children, Set<Long> seen,
                             List<RunView.TreeRow> out, Privacy p) {
        if (!seen.add(n.pid())) {
            return;
        }
        out.add(new RunView.TreeRow(Math.min(depth, 12), Long.toString(n.pid()), p.text(n.command()),
                secs(n.startOffsetSeconds()), secs(n.endOffsetSeconds()), secs(n.cpuSeconds()),
                n.peakRssBytes() == null ? Fmt.NONE : Units.bytes(n.peakRssBytes()),
                n.readBytes() == null ? Fmt.NONE : Units.bytes(n.readBytes()),
                n.writeBytes() == null ? Fmt.NONE : Units.bytes(n.writeBytes())));
        for (ProcessNode c : children.getOrDefault(n.pid(), List.of())) {
            walk(c, depth + 1, children, seen, out, p);
        }
    }

    private static String secs(Double s) {
        return s == null ? Fmt.NONE : Units.seconds(s);
    }

    static String timeline(Timeline t) {
        if (t == null || t.points() == null || t.points().isEmpty()) {
            return null;
        }
        ObjectNode o = ProcessPage.JSON.createObjectNode();
        ArrayNode ts = o.putArray("t"), rss = o.putArray("rss"), cpu = o.putArray("cpu"), procs = o.putArray("procs");
        for (Timeline.Point pt : t.points()) {
            ts.add(pt.t());
            if (pt.rssBytes() == null) {
                rss.addNull();
            } else {
                rss.add(pt.rssBytes());
            }
            if (pt.cpuPercent() == null) {
                cpu.addNull();
            } else {
                cpu.add(pt.cpuPercent());
            }
            if (pt.processes() == null) {
                procs.addNull();
            } else {
                procs.add(pt.processes());
            }
        }
        return Json.forScript(o);
    }
}
