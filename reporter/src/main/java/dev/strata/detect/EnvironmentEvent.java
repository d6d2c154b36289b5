package dev.strata.detect;

import java.time.Instant;
import java.util.List;

/**
 * Many series of one host stepping at the same commit: a change of the machine (runner image,
 * compiler, library upgrade) or one change that touched them all, reported once. Each member is
 * still a change point of its own series, so a reader can open every one.
 *
 * @param hostId   the host whose series stepped
 * @param sha      the first commit at the new levels
 * @param ofSeries series of the host with a point at that commit: the members are this many of them
 */
public record EnvironmentEvent(String hostId, String sha, Instant commitTime, List<ChangePoint> members,
                               int ofSeries) {

    public EnvironmentEvent {
        members = List.copyOf(members);
    }

    public String shortSha() {
        return sha.length() > 10 ? sha.substring(0, 10) : sha;
    }

    /** How many members got worse and how many better. */
    public long regressions() {
        return members.stream().filter(c -> c.direction() == Direction.REGRESSION).count();
    }

    public long improvements() {
        return members.size() - regressions();
    }

    /** A stable name for the event in outputs: host and commit. */
    public String id() {
        return (hostId == null || hostId.isEmpty() ? "" : hostId + "@") + shortSha();
    }
}
