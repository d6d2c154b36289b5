package dev.strata.flame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helpers: folded text in, stacks out, and a tree seen as a map of stack to self samples. */
final class Folded {

    private Folded() {
    }

    static FoldedStacks read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), false);
    }

    static FoldedStacks read(byte[] bytes, boolean strict) {
        try {
            return FoldedStacks.read(new ByteArrayInputStream(bytes), "test.folded", strict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FoldedStacks resource(String name) throws IOException {
        try (InputStream in = Folded.class.getResourceAsStream("/flame/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /flame/" + name);
            }
            return FoldedStacks.read(in, name, false);
        }
    }

    static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = Folded.class.getResourceAsStream("/flame/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Stack ("a;b;c", root is "") to self samples, for every node with samples. */
    static Map<String, Double> selfByStack(FoldedStacks s, int column) {
        Map<String, Double> m = new TreeMap<>();
        for (int n = 0; n < s.nodeCount(); n++) {
            double v = s.selfSamples(column, n);
            if (v != 0) {
                List<String> path = new ArrayList<>();
                for (int p = n; p != 0; p = s.parent(p)) {
                    path.add(0, s.frameName(p));
                }
                m.merge(String.join(";", path), v, Double::sum);
            }
        }
        return m;
    }

    static String writeBack(FoldedStacks s, int column) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoldedWriter.write(s, column, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
