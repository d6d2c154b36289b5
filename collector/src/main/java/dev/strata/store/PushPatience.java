package dev.strata.store;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a pusher that lost the race for the remote branch tries again, and when it stops. A lost
 * race while the remote's tip moved means another writer got through: the remote is making
 * progress, so losing again is no reason to stop (a loser stopped after a fixed number of attempts
 * starves on a busy machine, where every push takes long and others keep landing in between); it
 * keeps trying until the store's lock-wait bound. A lost attempt while the tip stood still means
 * nobody gets through (a stale lock on the remote, say): after {@code stuckAttempts} of those it
 * stops. Waits are drawn at random up to a multiple of the last attempt's own duration, so they
 * grow with the machine's load instead of being tuned to a quiet one.
 */
final class PushPatience {

    private static final long MIN_WAIT_MILLIS = 10;
    private static final long MAX_WAIT_MILLIS = 5_000;

    private final int stuckAttempts;
    private final Duration bound;
    private final RandomGenerator random;
    private final long startNanos;
    private int losses;
    private int stuck;

    PushPatience(int stuckAttempts, Duration bound, RandomGenerator random, long startNanos) {
        this.stuckAttempts = Math.max(1, stuckAttempts);
        this.bound = bound;
        this.random = random;
        this.startNanos = startNanos;
    }

    /** Records a lost attempt; {@code remoteMoved} when another writer's push landed meanwhile. */
    void lost(boolean remoteMoved) {
        losses++;
        if (remoteMoved) {
            stuck = 0;
        } else {
            stuck++;
        }
    }

    /** Null to try again, else why not. */
    String giveUp(long nowNanos) {
        if (stuck >= stuckAttempts) {
            return stuck + " attempts in a row while nobody else's push landed either";
        }
        if (nowNanos - startNanos > bound.toNanos()) {
            return "still losing the race to other writers after " + text(bound) + " (" + losses + " attempts)";
        }
        return null;
    }

    /** How long to wait before the next attempt, given how long the last one took. */
    long waitMillis(long lastAttemptMillis) {
        long scale = 1L << Math.min(losses, 4); // 2x to 16x the attempt's own time
        long cap = Math.min(MAX_WAIT_MILLIS, Math.max(MIN_WAIT_MILLIS * 2, lastAttemptMillis * scale));
        return MIN_WAIT_MILLIS + random.nextLong(cap - MIN_WAIT_MILLIS + 1);
    }

    int losses() {
        return losses;
    }

    /** A bound as people write it: 10m, 90s. */
    private static String text(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 && s > 0 ? s / 60 + "m" : s + "s";
    }
}
