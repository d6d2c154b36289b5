package dev.strata.flame;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The reader never waits forever on the tree thread: a failure or a stall there stops the read with a message. */
class TreeBuilderFailureTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** Enough lines for many batches, so the reader has to wait for the builder. */
    private static byte[] manyLines() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append("main;f").append(i % 97).append(";g").append(i % 1013).append(' ').append(1 + i % 5).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFailureInTheTreeThreadStopsTheReadWithItsCause() {
        byte[] input = manyLines();
        try (FrameTreeFaults f = FrameTreeFaults.failOn("broken.folded", new IllegalStateException("boom"))) {
            assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(
                    () -> FoldedStacks.read(new ByteArrayInputStream(input), "broken.folded", false))
                    .isInstanceOf(FlameEngineException.class)
                    .hasMessage("the flamegraph engine failed while building the frame tree of broken.folded: "
                            + "java.lang.IllegalStateException: boom"));
            // other inputs are not affected
            assertThat(Folded.read(input, false).totalSamples(0)).isEqualTo(300_000);
        }
        assertNoTreeThreadLeftSoon();
    }

    @Test
    void aStalledTreeThreadIsStoppedAndReported() {
        byte[] input = manyLines();
        try (FrameTreeFaults f = FrameTreeFaults.stallOn("stuck.folded", Duration.ofMillis(800))) {
            long t0 = System.nanoTime();
            assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(
                    () -> FoldedStacks.read(new ByteArrayInputStream(input), "stuck.folded", false))
                    .isInstanceOf(FlameEngineException.class)
                    .hasMessageStartingWith("the flamegraph engine made no progress on stuck.folded for 0 s after line 0"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        }
        assertNoTreeThreadLeftSoon();
    }

    @Test
    void aStallOnTheLastBatchIsCaughtWhileFinishing() {
        // one batch only: the reader never waits to take a batch, only for the builder to finish
        byte[] input = "main;a 1\nmain;b 2\n".getBytes(StandardCharsets.UTF_8);
        try (FrameTreeFaults f = FrameTreeFaults.stallOn("tiny.folded", Duration.ofMillis(500))) {
            assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(
                    () -> FoldedStacks.read(new ByteArrayInputStream(input), "tiny.folded", false))
                    .isInstanceOf(FlameEngineException.class).hasMessageContaining("no progress on tiny.folded"));
        }
        assertNoTreeThreadLeftSoon();
    }

    @Test
    void aReadThatStopsEarlyEndsTheTreeThread() {
        byte[] good = manyLines();
        byte[] bad = (new String(good, StandardCharsets.UTF_8) + "main;x y\n").getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> Folded.read(bad, true))
                .isInstanceOf(FoldedFormatException.class));
        AtomicBoolean closed = new AtomicBoolean();
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at >= good.length) {  // half of the input is read: a few batches are with the builder
                    closed.set(true);
                    throw new IOException("disk went away");
                }
                int n = Math.min(len, Math.min(4096, good.length / 2 + 1 - at));
                System.arraycopy(good, at, b, off, n);
                at += n;
                if (at > good.length / 2) {
                    at = good.length;
                }
                return n;
            }
        };
        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> FoldedStacks.read(failing, "io.folded", false))
                .isInstanceOf(IOException.class).hasMessage("disk went away"));
        assertThat(closed).isTrue();
        assertNoTreeThreadLeftSoon();
    }

    private static void assertNoTreeThreadLeftSoon() {
        assertTimeoutPreemptively(LIMIT, () -> {
            while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("strata-frame-tree"))) {
                Thread.sleep(20);
            }
        });
    }
}
