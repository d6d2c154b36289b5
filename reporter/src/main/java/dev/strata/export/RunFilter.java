package dev.strata.export;

import dev.strata.series.RunSummary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Which runs a command works on. Every part is optional; repeated values of one part are
 * alternatives (any may match), different parts must all match. Dates apply to the run's start.
 */
public record RunFilter(List<Glob> processes, List<String> tags, List<String> hosts, List<String> shas,
                        Instant since, Instant until) {

    public static final RunFilter ALL = new RunFilter(List.of(), List.of(), List.of(), List.of(), null, null);

    public RunFilter {
        processes = List.copyOf(processes);
        tags = List.copyOf(tags);
        hosts = List.copyOf(hosts);
        shas = shas.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        for (String s : shas) {
            if (!s.matches("[0-9a-f]{4,64}")) {
                throw new IllegalArgumentException("--sha '" + s + "' is not a commit: give 4 to 40 hex digits");
            }
        }
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("--since " + since + " is not before --until " + until);
        }
    }

    public boolean acceptsProcess(String process) {
        return processes.isEmpty() || processes.stream().anyMatch(g -> g.matches(process));
    }

    public boolean accepts(RunSummary r) {
        if (!acceptsProcess(r.process())) {
            return false;
        }
        if (!tags.isEmpty() && (r.tag() == null || !tags.contains(r.tag()))) {
            return false;
        }
        if (!hosts.isEmpty() && ((r.hostId() == null && r.hostname() == null)
                || !(hosts.contains(String.valueOf(r.hostId()))
                || hosts.contains(String.valueOf(r.hostname()))))) {
            return false;
        }
        if (!shas.isEmpty()) {
            String sha = r.sha() == null ? null : r.sha().toLowerCase(Locale.ROOT);
            if (sha == null || shas.stream().noneMatch(sha::startsWith)) {
                return false;
            }
        }
        Instant at = r.startedAt();
        if (since != null && (at == null || at.isBefore(since))) {
            return false;
        }
        return until == null || (at != null && at.isBefore(until));
    }

    /**
     * Checks every glob against the processes the store holds: a glob that matches none is almost
     * always a typo, so it is an error rather than an empty result.
     */
    public void requireProcessesExist(List<String> known) {
        for (Glob g : processes) {
            if (known.stream().noneMatch(g::matches)) {
                String some = known.isEmpty() ? "the store holds no runs"
                        : "the store has " + known.size() + " processes: " + String.join(", ",
                        known.subList(0, Math.min(5, known.size()))) + (known.size() > 5 ? ", ..." : "");
                throw new IllegalArgumentException("--process '" + g.text() + "' matches no process (" + some + ")");
            }
        }
    }
}
