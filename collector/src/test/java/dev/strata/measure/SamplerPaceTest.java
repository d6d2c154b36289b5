package dev.strata.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the sampler says the tree is changing, so that it looks more often (see {@link SamplerThread}). */
class SamplerPaceTest {

    @Test
    void aNewProcessAnEndAndAJumpInMemoryAreChangesAQuietTreeIsNot() {
        TreeSamplerTest.FakeProc fs = new TreeSamplerTest.FakeProc();
        long[] now = {0};
        fs.proc(10, 1, "python", 5, 100, 25_600);  // 100 MiB in 4 KiB pages
        TreeSampler s = new TreeSampler(fs, 10, 100, 100, 4096, () -> now[0], 0);
        s.tick();
        assertThat(s.changing()).as("first sight").isTrue();
        s.tick();
        assertThat(s.changing()).as("nothing moved").isFalse();

        fs.proc(11, 10, "worker", 0, 110, 100);
        fs.children.put(10L, "11");
        s.tick();
        assertThat(s.changing()).as("a worker appeared").isTrue();
        s.tick();
        assertThat(s.changing()).isFalse();

        fs.proc(11, 10, "worker", 0, 110, 100 + 512);  // +2 MiB: noise for a 100 MiB tree
        s.tick();
        assertThat(s.changing()).as("a small move").isFalse();
        fs.proc(11, 10, "worker", 0, 110, 100 + 512 + 10_240);  // +40 MiB
        s.tick();
        assertThat(s.changing()).as("the worker took 40 MiB").isTrue();

        fs.exit(11);
        fs.children.remove(10L);
        s.tick();
        assertThat(s.changing()).as("the worker ended").isTrue();
        s.tick();
        assertThat(s.changing()).isFalse();
    }

    @Test
    void theFastIntervalIsNeverLongerThanTheChosenOne() {
        assertThat(SamplerThread.fastIntervalMillis(100)).isEqualTo(10);
        assertThat(SamplerThread.fastIntervalMillis(5)).isEqualTo(5);
    }
}
