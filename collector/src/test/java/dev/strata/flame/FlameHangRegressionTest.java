package dev.strata.flame;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The input that once made the frame tree loop forever (see resources/flame/README.md). */
class FlameHangRegressionTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void readsAndRendersInBoundedTime() throws IOException {
        byte[] folded = unzipped();
        Map<String, Double> expected = reference(folded);
        FoldedStacks s = assertTimeoutPreemptively(LIMIT, () -> Folded.read(folded, true));
        assertThat(s.totalSamples(0)).isEqualTo(2_255_753);
        assertThat(Folded.selfByStack(s, 0)).isEqualTo(expected);
        byte[] svg = assertTimeoutPreemptively(LIMIT, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FlameGraph.render(s, FlameOptions.defaults(), out);
            return out.toByteArray();
        });
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("2,255,753 samples");
    }

    @Test
    void diffsAgainstItselfInBoundedTime() throws IOException {
        byte[] folded = unzipped();
        FoldedStacks pair = assertTimeoutPreemptively(LIMIT, () -> FoldedStacks.readPair(
                new ByteArrayInputStream(folded), "before", new ByteArrayInputStream(folded), "after", true));
        assertThat(Folded.selfByStack(pair, 0)).isEqualTo(Folded.selfByStack(pair, 1)).isEqualTo(reference(folded));
        FoldedStacks one = Folded.read(folded, true);
        FoldedStacks copied = assertTimeoutPreemptively(LIMIT, () -> FoldedStacks.pair(one, one));
        assertThat(copied.nodeCount()).isEqualTo(one.nodeCount());
        assertTimeoutPreemptively(LIMIT, () -> DiffFlameGraph.render(copied, FlameOptions.defaults(), new ByteArrayOutputStream()));
    }

    private static byte[] unzipped() throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Folded.resourceBytes("flame-hang.folded.gz")))) {
            return in.readAllBytes();
        }
    }

    /** Stack to summed count, by splitting each line on its last space: no tree involved. */
    static Map<String, Double> reference(byte[] folded) {
        Map<String, Double> m = new TreeMap<>();
        for (String line : new String(folded, StandardCharsets.UTF_8).split("\n")) {
            int sp = line.lastIndexOf(' ');
            double count = Double.parseDouble(line.substring(sp + 1));
            if (count != 0) {
                m.merge(line.substring(0, sp), count, Double::sum);
            }
        }
        return m;
    }
}
