package dev.strata.query;

import dev.strata.export.RunFilter;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.export.Exporter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code strata ls}: what the store holds, one line per process, tag, host or commit with its
 * number of runs and the first and last time one ran. Processes come from the tree alone
 * (no record is read unless another filter needs it).
 */
public final class Inventory {

    public enum Kind {
        PROCESSES, TAGS, HOSTS, SHAS;

        public static Kind parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("strata ls '" + s + "': use processes, tags, hosts or shas");
            }
        }
    }

    private static final class Line {
        int runs;
        Instant first;
        Instant last;
        Instant commitTime;
        String detail;

        void add(Instant at) {
            runs++;
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
    }

    private Inventory() {
    }

    /** The rows of the table, header first. */
    /** Whether {@code ls} needs no more than the run folders' names. */
    public static boolean foldersSuffice(RunFilter filter, Kind kind) {
        return kind == Kind.PROCESSES && filter.tags().isEmpty() && filter.hosts().isEmpty() && filter.shas().isEmpty()
                && filter.since() == null && filter.until() == null;
    }

    /** Processes from the run folders alone (when {@link #foldersSuffice}): no record is read. */
    public static List<String[]> processes(List<StoreSnapshot.Folder> folders, RunFilter filter) {
        filter.requireProcessesExist(folders.stream().map(StoreSnapshot.Folder::process).distinct().toList());
        Map<String, Line> lines = new TreeMap<>();
        for (StoreSnapshot.Folder f : folders) {
            if (filter.acceptsProcess(f.process())) {
                lines.computeIfAbsent(f.process(), k -> new Line()).add(folderTime(f.folder()));
            }
        }
        return rows(lines, Kind.PROCESSES);
    }

    /** The rows of the table, header first. */
    public static List<String[]> list(List<RunSummary> runs, RunFilter filter, Kind kind) {
        filter.requireProcessesExist(Exporter.processes(runs));
        Map<String, Line> lines = new TreeMap<>();
        {
            Function<RunSummary, String> key = switch (kind) {
                case PROCESSES -> RunSummary::process;
                case TAGS -> RunSummary::tag;
                case HOSTS -> RunSummary::hostId;
                case SHAS -> RunSummary::sha;
            };
            for (RunSummary r : runs) {
                String k = key.apply(r);
                if (k == null || !filter.accepts(r)) {
                    continue;
                }
                Line l = lines.computeIfAbsent(k, x -> new Line());
                l.add(r.startedAt());
                if (kind == Kind.SHAS && r.commitTime() != null) {
                    l.commitTime = r.commitTime();
                    l.detail = r.describe() != null ? r.describe() : r.branch();
                } else if (kind == Kind.HOSTS && hasHost(r)) {
                    l.detail = String.join(" ", nonNull(r.os(), r.arch(), r.cpuModel()));
                }
            }
        }
        return rows(lines, kind);
    }

    private static boolean hasHost(RunSummary r) {
        return r.hostId() != null || r.hostname() != null || r.os() != null || r.arch() != null || r.cpuModel() != null
                || r.logicalCores() != null || r.memoryBytes() != null;
    }

    private static List<String[]> rows(Map<String, Line> lines, Kind kind) {
        List<Map.Entry<String, Line>> entries = new ArrayList<>(lines.entrySet());
        if (kind == Kind.SHAS) {
            entries.sort(Comparator.comparing((Map.Entry<String, Line> e) -> e.getValue().commitTime,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Map.Entry::getKey));
        }
        List<String[]> rows = new ArrayList<>();
        String name = kind.name().toLowerCase(Locale.ROOT);
        name = name.substring(0, name.length() - (kind == Kind.PROCESSES ? 2 : 1));
        boolean detail = kind == Kind.SHAS || kind == Kind.HOSTS;
        rows.add(detail ? new String[]{name, "runs", "first", "last", kind == Kind.SHAS ? "commitTime" : "machine"}
                : new String[]{name, "runs", "first", "last"});
        for (Map.Entry<String, Line> e : entries) {
            Line l = e.getValue();
            String first = l.first == null ? "" : l.first.toString().substring(0, 10);
            String last = l.last == null ? "" : l.last.toString().substring(0, 10);
            String runsText = Integer.toString(l.runs);
            if (kind == Kind.SHAS) {
                String when = l.commitTime == null ? "" : l.commitTime.toString();
                rows.add(new String[]{e.getKey(), runsText, first, last,
                        when + (l.detail == null ? "" : "  " + l.detail)});
            } else if (detail) {
                rows.add(new String[]{e.getKey(), runsText, first, last, l.detail == null ? "" : l.detail});
            } else {
                rows.add(new String[]{e.getKey(), runsText, first, last});
            }
        }
        return rows;
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The start time encoded in a run folder name, {@code 2026-11-27T16-43-55.594Z-5t9l}. */
    static Instant folderTime(String folder) {
        if (folder.length() < 24) {
            return null;
        }
        String t = folder.substring(0, 24);
        try {
            return Instant.parse(t.substring(0, 13) + ":" + t.substring(14, 16) + ":" + t.substring(17));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
