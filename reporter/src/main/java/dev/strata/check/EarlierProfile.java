package dev.strata.check;

import dev.strata.record.Profile;
import dev.strata.record.RunRecord;
import dev.strata.series.LoadedRun;

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

    public static Optional<LoadedRun> nearest(List<LoadedRun> runs, String process, String profiler, Instant before,
                                              String hostId, String sha) {
        List<LoadedRun> otherCommits = runs.stream()
                .filter(r -> sha == null || r.record().git() == null || !sha.equals(r.record().git().sha())).toList();
        Optional<LoadedRun> found = nearest(otherCommits, process, profiler, before, hostId);
        return found.isPresent() ? found : nearest(runs, process, profiler, before, hostId);
    }

    private static Optional<LoadedRun> nearest(List<LoadedRun> runs, String process, String profiler, Instant before,
                                               String hostId) {
        Comparator<LoadedRun> newest = Comparator.comparing((LoadedRun r) -> r.record().startedAt());
        List<LoadedRun> candidates = runs.stream()
                .filter(r -> process.equals(r.record().process()))
                .filter(r -> r.record().startedAt() != null && r.record().startedAt().isBefore(before))
                .filter(r -> folded(r.record(), profiler).isPresent())
                .toList();
        Optional<LoadedRun> sameHost = candidates.stream()
                .filter(r -> r.record().host() != null && Objects.equals(r.record().host().id(), hostId))
                .max(newest);
        return sameHost.isPresent() ? sameHost : candidates.stream().max(newest);
    }

    /** The run's folded profile from {@code profiler}, if it has one. */
    public static Optional<Profile> folded(RunRecord r, String profiler) {
        if (r.profiles() == null) {
            return Optional.empty();
        }
        return r.profiles().stream()
                .filter(p -> profiler.equals(p.profiler()) && "folded".equals(p.format()) && p.file() != null)
                .findFirst();
    }
}
