package dev.strata.check;

import dev.strata.series.ProfileRef;
import dev.strata.series.RunSummary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run to diff an escalation's profile against: the newest run of the same process, started
 * before the re-run, with folded stacks from the same profiler, of another commit than the
 * re-run's (a repetition of the same commit would show noise, not the regression) unless there
 * is none; one on the same host wins over a newer one elsewhere (profiles from different
 * machines differ for reasons of their own).
 */
public final class EarlierProfile {

    private EarlierProfile() {
    }

    public static Optional<RunSummary> nearest(List<RunSummary> runs, String process, String profiler, Instant before,
                                              String hostId, String sha) {
        List<RunSummary> otherCommits = runs.stream()
                .filter(r -> sha == null || r.sha() == null || !sha.equals(r.sha())).toList();
        Optional<RunSummary> found = nearest(otherCommits, process, profiler, before, hostId);
        return found.isPresent() ? found : nearest(runs, process, profiler, before, hostId);
    }

    private static Optional<RunSummary> nearest(List<RunSummary> runs, String process, String profiler, Instant before,
                                               String hostId) {
        Comparator<RunSummary> newest = Comparator.comparing(RunSummary::startedAt);
        List<RunSummary> candidates = runs.stream()
                .filter(r -> process.equals(r.process()))
                .filter(r -> r.startedAt() != null && r.startedAt().isBefore(before))
                .filter(r -> folded(r, profiler).isPresent())
                .toList();
        Optional<RunSummary> sameHost = candidates.stream()
                .filter(r -> r.hostId() != null && Objects.equals(r.hostId(), hostId))
                .max(newest);
        return sameHost.isPresent() ? sameHost : candidates.stream().max(newest);
    }

    /** The run's folded profile from {@code profiler}, if it has one. */
    public static Optional<ProfileRef> folded(RunSummary r, String profiler) {
        return r.profiles().stream()
                .filter(p -> profiler.equals(p.profiler()) && "folded".equals(p.format()) && p.file() != null)
                .findFirst();
    }
}
