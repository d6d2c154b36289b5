package dev.strata.flame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The engine on inputs of the size and shape of real profiles (see {@link StackGenerator}):
 * every read ends, in bounded time, with a tree whose every frame holds the samples a plain
 * count gives. The time limit is the guard against a hang, generous for a slow shared machine;
 * speed itself is {@code bench/run FlameBenchmark}'s business.
 */
class FoldedScalePropertiesTest {

    private static final Duration LIMIT = Duration.ofSeconds(180);

    @Provide
    Arbitrary<StackGenerator.Shape> shapes() {
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Integer> lines = Arbitraries.integers().between(10_000, 300_000);
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 60);
        Arbitrary<Integer> names = Arbitraries.integers().between(1_000, 20_000);
        Arbitrary<Integer> fanout = Arbitraries.integers().between(2, 5_000);
        Arbitrary<Double> skew = Arbitraries.doubles().between(1, 6);
        Arbitrary<Double> reuse = Arbitraries.of(0.0, 0.3, 0.9);
        Arbitrary<Double> zeros = Arbitraries.of(0.0, 0.05);
        Arbitrary<Boolean> quarters = Arbitraries.of(false, true);
        return Combinators.combine(seed, lines, depth, names, fanout, skew, reuse, zeros).flatAs(
                (s, l, d, n, f, k, r, z) -> quarters.map(q -> new StackGenerator.Shape(s, l, d, n, f, k, r, z, q)));
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void everyFrameHoldsWhatAPlainCountGives(@ForAll("shapes") StackGenerator.Shape shape) {
        StackGenerator gen = new StackGenerator(shape);
        ReferenceCount ref = ReferenceCount.of(gen.cursor());
        FoldedStacks s = assertTimeoutPreemptively(LIMIT, () -> FoldedStacks.read(gen.stream(), "generated", true),
                () -> "reading did not finish: " + shape);
        assertThat(s.nodeCount() - 1).as("frames of %s", shape).isEqualTo(ref.inclusive.size());
        ref.assertMatches(s, 0, gen);
        assertTimeoutPreemptively(LIMIT, () -> FlameGraph.render(s, FlameOptions.defaults(), OutputStream.nullOutputStream()),
                () -> "rendering did not finish: " + shape);
    }

    /** Both ways to a two-column tree: read side by side, and two trees paired after reading. */
    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void diffColumnsHoldWhatAPlainCountGives(@ForAll("shapes") StackGenerator.Shape shape) throws IOException {
        StackGenerator gen = new StackGenerator(shape);
        long afterSeed = shape.seed() + 1;
        ReferenceCount before = ReferenceCount.of(gen.cursor());
        ReferenceCount after = ReferenceCount.of(gen.cursor(afterSeed));
        FoldedStacks read = assertTimeoutPreemptively(LIMIT,
                () -> FoldedStacks.readPair(gen.stream(), "before", gen.stream(afterSeed), "after", true));
        before.assertMatches(read, 0, gen);
        after.assertMatches(read, 1, gen);
        FoldedStacks paired = assertTimeoutPreemptively(LIMIT, () -> FoldedStacks.pair(
                FoldedStacks.read(gen.stream(), "before", true), FoldedStacks.read(gen.stream(afterSeed), "after", true)));
        assertThat(paired.nodeCount()).isEqualTo(read.nodeCount());
        before.assertMatches(paired, 0, gen);
        after.assertMatches(paired, 1, gen);
        assertTimeoutPreemptively(LIMIT, () -> DiffFlameGraph.render(paired, FlameOptions.defaults(), OutputStream.nullOutputStream()));
    }
}
