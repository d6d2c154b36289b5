package dev.strata.flame;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A million lines of the shape that once hung the engine (wide nodes that keep growing, random
 * order) read and render within a bound that only a hang can miss on a slow shared machine; the
 * speed itself is measured by {@code bench/run FlameBenchmark}, which has the same input.
 */
class MillionLinesTest {

    static final StackGenerator.Shape MILLION = new StackGenerator.Shape(11, 1_000_000, 40, 5_000, 3_000, 3.0,
            0.3, 0.01, false);

    @Test
    void aMillionLinesRenderInBoundedTime() {
        StackGenerator gen = new StackGenerator(MILLION);
        double total = 0;
        long lines = 0;
        for (StackGenerator.Cursor c = gen.cursor(); c.next(); ) {
            total += c.count;
            lines++;
        }
        assertThat(lines).isEqualTo(1_000_000);
        double expected = total;
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
            FoldedStacks s = FoldedStacks.read(gen.stream(), "million.folded", true);
            assertThat(s.totalSamples(0)).isEqualTo(expected);
            FlameGraph.render(s, FlameOptions.defaults(), OutputStream.nullOutputStream());
        });
    }
}
