package dev.strata.cli;

import dev.strata.record.Metrics;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.suite.Batch;
import dev.strata.suite.PlannedRun;
import dev.strata.suite.SuiteProgress;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteProgressViewsTest {

    private static final Batch BATCH = new Batch("01BATCH", "ingest", Map.of("cells", 1000L), "s", null, null, null, null,
            List.of("true"), Path.of("/"), Map.of(), null, null, null, List.of(), List.of(), null,
            List.of(new PlannedRun(0, 1, 1, true, false), new PlannedRun(0, 1, 2, false, false),
                    new PlannedRun(0, 2, 2, false, false)));

    private static RunRecord record(double wall) {
        RunRecord.Builder b = RunRecord.builder();
        b.status = RunStatus.OK;
        b.metrics = new Metrics(wall, null, null, null, 3L << 20, null, null, null, null, null, null, null, null, null, "gnu-time");
        return b.build();
    }

    private static void drive(SuiteProgress p) throws InterruptedException {
        p.started(3);
        for (PlannedRun r : BATCH.runs()) {
            p.running(BATCH, r);
            Thread.sleep(300);
            p.finished(BATCH, r, record(0.25));
        }
        p.committed(BATCH, 3);
        p.close();
    }

    @Test
    void inCiEachRunIsOnePlainLine() throws Exception {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        drive(SuiteProgressViews.choose(new PrintWriter(err), Map.of("CI", "true"), true, new PrintStream(bar)));
        assertThat(err.toString().lines()).containsExactly(
                "strata suite: 3 runs",
                "strata suite: [1/3] ingest cells=1000 warm-up 1/1: 250 ms, 3.00 MiB",
                "strata suite: [2/3] ingest cells=1000 repetition 1/2: 250 ms, 3.00 MiB",
                "strata suite: [3/3] ingest cells=1000 repetition 2/2: 250 ms, 3.00 MiB",
                "strata suite: committed ingest cells=1000 (3 runs, batch 01BATCH)");
        assertThat(bar.size()).isZero();
    }

    @Test
    void onATerminalAProgressBarWithElapsedAndRemainingTime() throws Exception {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        drive(SuiteProgressViews.choose(new PrintWriter(err), Map.of(), true, new PrintStream(bar, true, StandardCharsets.UTF_8)));
        String drawn = bar.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("suite", "3/3", "ingest cells=1000 repetition 2/2");
        assertThat(drawn).containsPattern("\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d");
        assertThat(err.toString()).isEmpty();
        // not a terminal: plain lines again
        StringWriter plain = new StringWriter();
        drive(SuiteProgressViews.choose(new PrintWriter(plain), Map.of(), false, new PrintStream(new ByteArrayOutputStream())));
        assertThat(plain.toString()).startsWith("strata suite: 3 runs");
    }
}
