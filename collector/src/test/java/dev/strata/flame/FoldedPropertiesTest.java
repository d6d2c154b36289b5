package dev.strata.flame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FoldedPropertiesTest {

    record Line(List<String> frames, int samples) {
        String text() {
            return String.join(";", frames) + " " + samples;
        }
    }

    @Provide
    Arbitrary<List<Line>> profiles() {
        // few distinct names so stacks share prefixes and merge; names with spaces and markup
        Arbitrary<String> frame = Arbitraries.of("main", "parse", "read", "do work", "f (x.py:3)", "<script>",
                "a&b", "Ω", "std::vector<int>::push_back", "z", "y", "x");
        Arbitrary<List<String>> stack = frame.list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<Integer> samples = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(stack, samples).as(Line::new).list().ofMinSize(0).ofMaxSize(60);
    }

    static Map<String, Double> expected(List<Line> lines) {
        Map<String, Double> m = new TreeMap<>();
        for (Line l : lines) {
            if (l.samples() > 0) {
                m.merge(String.join(";", l.frames()), (double) l.samples(), Double::sum);
            }
        }
        return m;
    }

    static String text(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.text()).append('\n'));
        return b.toString();
    }

    @Property(tries = 300)
    void foldedToTreeToFoldedRoundTrips(@ForAll("profiles") List<Line> lines) throws IOException {
        FoldedStacks s = Folded.read(text(lines));
        assertThat(s.problems()).isEmpty();
        assertThat(Folded.selfByStack(s, 0)).isEqualTo(expected(lines));
        FoldedStacks again = Folded.read(Folded.writeBack(s, 0));
        assertThat(Folded.selfByStack(again, 0)).isEqualTo(expected(lines));
    }

    @Property(tries = 200)
    void frameWidthsAccountForEverySample(@ForAll("profiles") List<Line> lines) throws IOException {
        FoldedStacks s = Folded.read(text(lines));
        SvgFrames svg = SvgFrames.parse(SvgFrames.render(s, FlameOptions.defaults().withMinWidthPercent(0)));
        double total = lines.stream().mapToDouble(Line::samples).sum();
        assertThat(svg.total).isEqualTo(total);

        // each frame's parent is the one a level up that contains it; its own width is what its children leave
        List<SvgFrames.Frame> fs = svg.frames;
        Map<String, Double> selfWidth = new HashMap<>();
        Map<SvgFrames.Frame, String> path = new HashMap<>();
        double leafSum = 0;
        for (SvgFrames.Frame f : fs) {
            SvgFrames.Frame parent = null;
            double children = 0;
            for (SvgFrames.Frame g : fs) {
                if (g.depth() == f.depth() - 1 && g.x() <= f.x() && f.x() + f.w() <= g.x() + g.w() + 1e-9) {
                    parent = g;
                }
                if (g.depth() == f.depth() + 1 && f.x() <= g.x() && g.x() + g.w() <= f.x() + f.w() + 1e-9) {
                    children += g.w();
                }
            }
            assertThat(children).isLessThanOrEqualTo(f.w() + 1e-9);
            assertThat(parent != null || f.depth() == 0).isTrue();
            path.put(f, parent == null ? "" : (path.get(parent).isEmpty() ? "" : path.get(parent) + ";") + f.name());
            leafSum += f.w() - children;
            if (f.w() - children > 1e-9) {
                selfWidth.put(path.get(f), f.w() - children);
            }
        }
        assertThat(leafSum).isCloseTo(total, within(1e-6));
        assertThat(selfWidth).isEqualTo(expected(lines));
    }

    @Property(tries = 200)
    void prunedSamplesAndDrawnOwnWidthsAddUpToTheTotal(@ForAll("profiles") List<Line> lines) throws IOException {
        FoldedStacks s = Folded.read(text(lines));
        FrameLayout layout = FrameLayout.of(s, 0, 0.05);
        double own = 0;
        for (int f = 0; f < layout.count; f++) {
            double children = 0;
            for (int g = 0; g < layout.count; g++) {
                if (s.parent(layout.node[g]) == layout.node[f] && g != 0) {
                    children += layout.width(g);
                }
            }
            own += layout.width(f) - children - s.selfSamples(0, layout.node[f]);
        }
        // what a drawn frame leaves beyond its own samples is exactly what was pruned below it
        assertThat(own).isCloseTo(layout.prunedSamples, within(1e-6));
    }

    @Provide
    Arbitrary<byte[]> noise() {
        Arbitrary<Byte> anyByte = Arbitraries.bytes();
        byte[] alphabet = "a;b 1\n\r\t#.e-E+:0x;;  9".getBytes(StandardCharsets.ISO_8859_1);
        Arbitrary<Byte> foldedByte = Arbitraries.integers().between(0, alphabet.length - 1).map(i -> alphabet[i]);
        return Arbitraries.frequencyOf(Tuple.of(1, anyByte), Tuple.of(3, foldedByte)).list().ofMaxSize(3000)
                .map(list -> {
                    byte[] b = new byte[list.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = list.get(i);
                    }
                    return b;
                });
    }

    @Property(tries = 500)
    void randomBytesNeverCrashOrHang(@ForAll("noise") byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            FoldedStacks s = Folded.read(bytes, false);
            SvgFrames.parse(SvgFrames.render(s, FlameOptions.defaults().withMinWidthPercent(0)));
            try {
                Folded.read(bytes, true);
            } catch (FoldedFormatException expected) {
                assertThat(expected.problem().lineNumber()).isPositive();
            }
        });
    }

    @Property(tries = 200)
    void arbitraryBytesToo(@ForAll @Size(max = 500) byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            FoldedStacks s = Folded.read(bytes, false);
            assertThat(s.problemCount()).isGreaterThanOrEqualTo(s.problems().size());
            SvgFrames.parse(SvgFrames.render(s, FlameOptions.defaults()));
        });
    }

}
