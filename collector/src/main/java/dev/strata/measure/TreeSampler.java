package dev.strata.measure;

import dev.strata.proc.ProcFs;
import dev.strata.proc.ProcIo;
import dev.strata.proc.ProcStat;
import dev.strata.record.ProcessNode;
import dev.strata.record.Sampling;
import dev.strata.record.Timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Watches the workload's whole process tree every interval: per-process CPU, RSS and I/O, the
 * summed RSS of the tree and a timeline. New children are found through each known process's
 * {@code children} file every tick and through a full {@code /proc} scan every half second (for
 * children forked by threads other than the main one); known PIDs are refreshed each tick.
 */
public final class TreeSampler {

    /** What the sampler saw. {@code userSeconds}/{@code sysSeconds} sum the tree's last readings. */
    public record Result(List<ProcessNode> processes, long treePeakRssBytes, long maxProcessRssBytes,
                         double userSeconds, double sysSeconds, long readBytes, long writeBytes, Timeline timeline,
                         int ticks) {

        /** How the tree was watched (see {@link SamplerThread}), for the record. */
        public Sampling sampling() {
            long interval = timeline.intervalMillis();
            return new Sampling(Sampling.PROC_RSS_SUM, interval, SamplerThread.fastIntervalMillis(interval), ticks);
        }
    }

    /** A change of the tree's RSS by more than this share (or {@link #SMALL_CHANGE_BYTES}) counts as a change. */
    private static final int CHANGE_SHARE = 16;
    private static final long SMALL_CHANGE_BYTES = 4L << 20;

    private static final long FULL_SCAN_NANOS = 500_000_000L;
    private static final int IO_EVERY = 5;
    private static final int MAX_COMMAND_CHARS = 300;

    private static final class Proc {
        final long pid;
        long ppid;
        String comm;
        String command;
        double startOffset = Double.NaN;
        double lastSeen;
        long cpuTicks;
        long utime;
        long stime;
        long peakRssPages;
        long rssPages;
        ProcIo io;
        boolean alive = true;

        Proc(long pid) {
            this.pid = pid;
        }
    }

    private final ProcFs fs;
    private final long rootPid;
    private final long clockTicksPerSecond;
    private final long pageBytes;
    private final LongSupplier nanoClock;
    private final long t0;
    private final Map<Long, Proc> procs = new LinkedHashMap<>();
    private final Map<Long, Long> parentOf = new HashMap<>();
    private final List<Timeline.Point> points = new ArrayList<>();
    private final long intervalMillis;
    private long rootStartTicks = -1;
    private long lastFullScan = Long.MIN_VALUE;
    private long peakTreeRssPages;
    private long lastTickNanos;
    private long lastCpuTicks;
    private int ticks;
    private long lastTreeRssPages;
    private int lastAlive;
    private boolean found;
    private boolean changing;

    public TreeSampler(ProcFs fs, long rootPid, long intervalMillis, long clockTicksPerSecond, long pageBytes,
                       LongSupplier nanoClock, long t0Nanos) {
        this.fs = fs;
        this.rootPid = rootPid;
        this.intervalMillis = intervalMillis;
        this.clockTicksPerSecond = clockTicksPerSecond;
        this.pageBytes = pageBytes;
        this.nanoClock = nanoClock;
        this.t0 = t0Nanos;
        this.lastTickNanos = t0Nanos;
        procs.put(rootPid, new Proc(rootPid));
    }

    /** One sample of the tree; returns false once every process of the tree is gone. */
    public synchronized boolean tick() {
        long now = nanoClock.getAsLong();
        double offset = (now - t0) / 1e9;
        if (ticks == 0 || now - lastFullScan >= FULL_SCAN_NANOS) {
            fullScan();
            lastFullScan = now;
        }
        discoverChildren();
        long treeRss = 0;
        long cpu = 0;
        int alive = 0;
        for (Proc p : procs.values()) {
            if (!p.alive) {
                cpu += p.cpuTicks;
                continue;
            }
            ProcStat st = ProcStat.parse(orEmpty(fs.read(p.pid, "stat")));
            if (st == null || (rootStartTicks >= 0 && st.startTicks() < rootStartTicks)) {
                p.alive = false; // gone (or the PID was reused by an older-looking process)
                fs.forget(p.pid);
                cpu += p.cpuTicks;
                continue;
            }
            if (p.pid == rootPid && rootStartTicks < 0) {
                rootStartTicks = st.startTicks();
            }
            if (Double.isNaN(p.startOffset)) {
                p.startOffset = rootStartTicks < 0 ? offset
                        : Math.max(0, (st.startTicks() - rootStartTicks) / (double) clockTicksPerSecond);
            }
            if (!st.comm().equals(p.comm)) {
                // first sight, or an exec (a pyenv shim becoming python): the command line changed
                p.comm = st.comm();
                p.command = command(p.pid, st.comm());
            }
            p.ppid = st.ppid();
            p.utime = st.utimeTicks();
            p.stime = st.stimeTicks();
            p.cpuTicks = st.utimeTicks() + st.stimeTicks();
            p.rssPages = st.rssPages();
            p.peakRssPages = Math.max(p.peakRssPages, st.rssPages());
            p.lastSeen = offset;
            if (p.io == null || ticks % IO_EVERY == 0) {
                // cumulative counters: reading them now and then loses only the last few ticks' worth
                ProcIo io = ProcIo.parse(orEmpty(fs.read(p.pid, "io")));
                if (io != null) {
                    p.io = io;
                }
            }
            treeRss += st.rssPages();
            cpu += p.cpuTicks;
            alive++;
        }
        peakTreeRssPages = Math.max(peakTreeRssPages, treeRss);
        long moved = Math.abs(treeRss - lastTreeRssPages) * pageBytes;
        changing = found || alive != lastAlive
                || moved > SMALL_CHANGE_BYTES && moved * CHANGE_SHARE > lastTreeRssPages * pageBytes;
        found = false;
        lastTreeRssPages = treeRss;
        lastAlive = alive;
        double dt = (now - lastTickNanos) / 1e9;
        Double cpuPercent = ticks == 0 || dt <= 0 ? null
                : Math.round((cpu - lastCpuTicks) / (double) clockTicksPerSecond / dt * 1000) / 10.0;
        points.add(new Timeline.Point(Math.round(offset * 1000) / 1000.0, treeRss * pageBytes,
                cpuPercent == null ? null : Math.max(0, cpuPercent), alive));
        lastCpuTicks = cpu;
        lastTickNanos = now;
        ticks++;
        return alive > 0;
    }

    /**
     * Whether the last tick saw the tree change: a process came or went, or the tree's RSS moved by
     * more than a sixteenth (and 4 MiB). Short-lived workers live in such spells, so the sampler
     * looks more often then (see {@link SamplerThread}).
     */
    public synchronized boolean changing() {
        return changing;
    }

    private void discoverChildren() {
        List<Proc> snapshot = new ArrayList<>(procs.values());
        for (int i = 0; i < snapshot.size(); i++) {
            Proc p = snapshot.get(i);
            if (!p.alive) {
                continue;
            }
            String children = fs.read(p.pid, "task/" + p.pid + "/children");
            if (children == null || children.isBlank()) {
                continue;
            }
            for (String c : children.trim().split("\\s+")) {
                long pid = Long.parseLong(c);
                if (!procs.containsKey(pid)) {
                    Proc child = new Proc(pid);
                    procs.put(pid, child);
                    snapshot.add(child);
                    found = true;
                }
            }
        }
    }

    /*
     * Every process's parent, read once per process: a scan only reads the stat of PIDs it has not
     * seen before, so it costs a directory listing plus the processes born since the last scan.
     */
    private void fullScan() {
        List<Long> pids = fs.pids();
        Set<Long> present = new HashSet<>(pids);
        parentOf.keySet().retainAll(present);
        for (long pid : pids) {
            if (!parentOf.containsKey(pid)) {
                ProcStat st = ProcStat.parse(orEmpty(fs.readOnce(pid, "stat")));
                if (st != null) {
                    parentOf.put(pid, st.ppid());
                }
            }
        }
        Map<Long, List<Long>> childrenOf = new HashMap<>();
        parentOf.forEach((pid, ppid) -> childrenOf.computeIfAbsent(ppid, k -> new ArrayList<>()).add(pid));
        List<Long> frontier = new ArrayList<>(procs.keySet());
        Set<Long> seen = new HashSet<>(frontier);
        while (!frontier.isEmpty()) {
            long pid = frontier.remove(frontier.size() - 1);
            for (long c : childrenOf.getOrDefault(pid, List.of())) {
                if (seen.add(c)) {
                    found |= procs.putIfAbsent(c, new Proc(c)) == null;
                    frontier.add(c);
                }
            }
        }
    }

    private String command(long pid, String comm) {
        String raw = fs.readOnce(pid, "cmdline");
        String cmd = raw == null || raw.isEmpty() ? "[" + comm + "]" : raw.replace('\0', ' ').trim();
        return cmd.length() > MAX_COMMAND_CHARS ? cmd.substring(0, MAX_COMMAND_CHARS) + "…" : cmd;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public synchronized Result result() {
        List<ProcessNode> nodes = new ArrayList<>();
        long maxRss = 0;
        long utime = 0;
        long stime = 0;
        long read = 0;
        long write = 0;
        for (Proc p : procs.values()) {
            if (Double.isNaN(p.startOffset)) {
                continue; // never seen alive
            }
            maxRss = Math.max(maxRss, p.peakRssPages * pageBytes);
            utime += p.utime;
            stime += p.stime;
            if (p.io != null) {
                read += p.io.readBytes();
                write += p.io.writeBytes();
            }
            nodes.add(new ProcessNode(p.pid, p.ppid, p.command, round3(p.startOffset), round3(p.lastSeen),
                    round3(p.cpuTicks / (double) clockTicksPerSecond), p.peakRssPages * pageBytes,
                    p.io == null ? null : p.io.readBytes(), p.io == null ? null : p.io.writeBytes()));
        }
        nodes.sort(Comparator.comparingDouble(ProcessNode::startOffsetSeconds).thenComparingLong(ProcessNode::pid));
        Timeline timeline = new Timeline(intervalMillis,
                List.copyOf(TimelineDownsampler.downsample(points, Timeline.MAX_POINTS)));
        return new Result(nodes, peakTreeRssPages * pageBytes, maxRss, utime / (double) clockTicksPerSecond,
                stime / (double) clockTicksPerSecond, read, write, timeline, ticks);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
