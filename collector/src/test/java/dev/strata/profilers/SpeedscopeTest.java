package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;
import dev.strata.flame.FoldedWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Folded stacks to speedscope JSON and back. */
class SpeedscopeTest {

    private static TreeSet<String> folded(FoldedStacks s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoldedWriter.write(s, 0, out);
        return new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
    }

    @Property(tries = 30)
    void foldedSurvivesTheRoundTrip(@ForAll @IntRange(min = 1, max = 2000) int stacks, @ForAll long seed) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Random r = new Random(seed);
            FoldedStacks in = new FoldedStacks(1);
            for (int i = 0; i < stacks; i++) {
                List<String> stack = new ArrayList<>();
                int depth = 1 + r.nextInt(25);
                for (int d = 0; d < depth; d++) {
                    stack.add("f" + r.nextInt(300) + (r.nextBoolean() ? " (mod.py)" : "_[k]"));
                }
                in.add(0, stack, 1 + r.nextInt(1000));
            }
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            FoldedToSpeedscope.write(in, "test", "samples", json);
            FoldedStacks back = SpeedscopeToFolded.convert(new ByteArrayInputStream(json.toByteArray()));
            assertThat(folded(back)).isEqualTo(folded(in));
        });
    }

    @Test
    void eventedProfilesAreWeightedByTime() throws Exception {
        String json = """
                {"shared":{"frames":[{"name":"main"},{"name":"work"}]},
                 "profiles":[{"type":"evented","name":"t","unit":"milliseconds","startValue":0,"endValue":10,
                   "events":[{"type":"O","frame":0,"at":0},{"type":"O","frame":1,"at":2},
                             {"type":"C","frame":1,"at":9},{"type":"C","frame":0,"at":10}]}]}
                """;
        FoldedStacks s = SpeedscopeToFolded.convert(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(folded(s)).containsExactly("main 3", "main;work 7");
    }

    @Test
    void notSpeedscopeIsAnErrorThatSaysSo() {
        assertThatThrownBy(() -> SpeedscopeToFolded.convert(new ByteArrayInputStream("{}".getBytes())))
                .hasMessageContaining("not a speedscope file");
        assertThatThrownBy(() -> SpeedscopeToFolded.convert(new ByteArrayInputStream(
                "{\"shared\":{\"frames\":[]},\"profiles\":[{\"type\":\"sampled\",\"samples\":[[3]]}]}".getBytes())))
                .hasMessageContaining("frame 3 of 0");
    }

    @Property(tries = 100)
    void anyBytesAreReadOrRejectedNeverCrash(@ForAll @Size(max = 300) byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                SpeedscopeToFolded.convert(new ByteArrayInputStream(bytes));
            } catch (IOException expected) {
                // rejected with a message: fine
            }
        });
    }
}
