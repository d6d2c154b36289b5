package dev.strata.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** A loser keeps trying while others get through, stops when nobody does, and waits in step with the load. */
class PushPatienceTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void keepsTryingWhileTheRemoteMovesUntilTheBound() {
        PushPatience p = new PushPatience(3, Duration.ofMinutes(10), new Random(1), 0);
        for (int i = 0; i < 500; i++) {
            p.lost(true);
            assertThat(p.giveUp(i * SECOND)).as("attempt %d, others landing", i).isNull();
        }
        assertThat(p.giveUp(601 * SECOND)).contains("after 10m").contains("500 attempts");
    }

    @Test
    void stopsWhenNobodyGetsThroughAndProgressResetsTheCount() {
        PushPatience p = new PushPatience(3, Duration.ofMinutes(10), new Random(1), 0);
        p.lost(false);
        p.lost(false);
        assertThat(p.giveUp(SECOND)).isNull();
        p.lost(true); // someone else landed: the remote works, the race goes on
        p.lost(false);
        p.lost(false);
        assertThat(p.giveUp(SECOND)).isNull();
        p.lost(false);
        assertThat(p.giveUp(SECOND)).contains("3 attempts in a row while nobody else's push landed");
    }

    @Property(tries = 300)
    void waitsGrowWithTheAttemptsOwnDurationAndStayBounded(@ForAll @LongRange(min = 0, max = 60_000) long tookMillis,
                                                          @ForAll @IntRange(min = 1, max = 40) int losses,
                                                          @ForAll long seed) {
        PushPatience p = new PushPatience(30, Duration.ofMinutes(10), new SplittableRandom(seed), 0);
        for (int i = 0; i < losses; i++) {
            p.lost(true);
        }
        long w = p.waitMillis(tookMillis);
        assertThat(w).isBetween(10L, 5_000L);
        assertThat(w).isLessThanOrEqualTo(Math.max(20L, tookMillis << Math.min(losses, 4)));
    }
}
