package dev.strata.measure;

import dev.strata.record.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WallClockTest {

    @TempDir
    Path tmp;

    private static TimeReport timeSaid(double e) {
        return new TimeReport(new Metrics(e, null, null, null, null, null, null, null, null, null, null, null, null,
                null, Metrics.GNU_TIME), 0, null);
    }

    @Test
    void ourReadingInsideTimesWindowIsKept() {
        assertThat(WallClock.workloadSeconds(1.2345, timeSaid(1.23))).isEqualTo(1.2345);
    }

    @Test
    void overheadBeyondTimesWindowIsDropped() {
        // 24 ms of ours around a command GNU time saw end within 10 ms
        assertThat(WallClock.workloadSeconds(0.024, timeSaid(0.00))).isCloseTo(0.005, within(1e-12));
        assertThat(WallClock.workloadSeconds(2.5, timeSaid(2.31))).isCloseTo(2.315, within(1e-12));
    }

    @Test
    void neverBelowWhatTimeSaw() {
        assertThat(WallClock.workloadSeconds(0.299, timeSaid(0.30))).isEqualTo(0.30);
    }

    @Test
    void withoutTimeOurReadingStands() {
        assertThat(WallClock.workloadSeconds(0.7, null)).isEqualTo(0.7);
        assertThat(WallClock.workloadSeconds(0.7, new TimeReport(null, 0, null))).isEqualTo(0.7);
    }

    /** The real launcher under the real GNU time: what is recorded lies in time's own window. */
    @Test
    void realLaunchesRecordTheWorkloadsLifeAsTightAsGnuTime() throws Exception {
        Launcher launcher = Launcher.withSystemTime();
        assertThat(launcher.hasTime()).as("GNU time at /usr/bin/time (apt-get install time)").isTrue();
        List<Double> trueWalls = new ArrayList<>();
        List<Double> timeSaid = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Execution ex = launcher.run(launch(List.of("true")), pid -> { });
            double e = ex.report().metrics().wallSeconds();
            assertThat(ex.wallSeconds()).isBetween(e, e + WallClock.TIME_RESOLUTION_SECONDS);
            trueWalls.add(ex.wallSeconds());
            timeSaid.add(e);
        }
        Collections.sort(trueWalls);
        Collections.sort(timeSaid);
        assertThat(trueWalls.get(7)).isLessThanOrEqualTo(timeSaid.get(7) + WallClock.TIME_RESOLUTION_SECONDS);

        Execution sleep = launcher.run(launch(List.of("sleep", "0.25")), pid -> { });
        assertThat(sleep.wallSeconds()).isBetween(0.25, sleep.report().metrics().wallSeconds() + 0.01);
    }

    private Launch launch(List<String> command) {
        return new Launch(command, tmp, Map.of(), null, Duration.ofSeconds(5), 0, 0, null);
    }
}
