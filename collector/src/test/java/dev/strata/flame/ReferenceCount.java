package dev.strata.flame;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples of generated stacks counted the plain way, with no tree: every prefix of every
 * line, keyed by a hash of its frames, gets the line's count (a frame's total), every whole
 * line gets it as self. {@link #assertMatches} then checks an engine's tree node by node.
 */
final class ReferenceCount {

    final LongDoubleMap inclusive = new LongDoubleMap();
    final LongDoubleMap self = new LongDoubleMap();
    double total;

    static ReferenceCount of(StackGenerator.Cursor lines) {
        ReferenceCount ref = new ReferenceCount();
        while (lines.next()) {
            long h = 0;
            for (int d = 0; d < lines.depth; d++) {
                h = step(h, lines.frames[d]);
                ref.inclusive.add(h, lines.count);
            }
            ref.self.add(h, lines.count);
            ref.total += lines.count;
        }
        return ref;
    }

    /** The hash of a path one frame longer; 0 is the root's. */
    static long step(long parent, int frame) {
        long h = parent + (frame + 1L) * 0x9E3779B97F4A7C15L;
        h = (h ^ h >>> 30) * 0xBF58476D1CE4E5B9L;
        h = (h ^ h >>> 27) * 0x94D049BB133111EBL;
        return h ^ h >>> 31;
    }

    /** Column {@code column} of {@code s} holds exactly these samples, frame by frame. */
    void assertMatches(FoldedStacks s, int column, StackGenerator gen) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < gen.nameCount(); i++) {
            ids.put(gen.name(i), i);
        }
        int[] genId = new int[s.names.count()];
        for (int i = 0; i < genId.length; i++) {
            Integer g = ids.get(s.names.string(i));
            assertThat(g).as("frame name %s", s.names.string(i)).isNotNull();
            genId[i] = g;
        }
        FrameLayout layout = FrameLayout.of(s, column, 0.001);
        double[] totals = layout.totals[column];
        assertThat(totals[0]).isEqualTo(total);
        assertThat(s.totalSamples(column)).isEqualTo(total);
        long[] hash = new long[s.nodeCount()];
        int withSelf = 0;
        int present = 0;
        for (int n = 1; n < s.nodeCount(); n++) {
            hash[n] = step(hash[s.parent(n)], genId[s.nameId(n)]);
            if (!inclusive.contains(hash[n])) {
                continue;  // a node of the other column
            }
            present++;
            if (totals[n] != inclusive.get(hash[n])) {
                throw new AssertionError("frame " + path(s, n) + ": " + totals[n] + " samples, expected " + inclusive.get(hash[n]));
            }
            double own = s.selfSamples(column, n);
            if (own != self.get(hash[n])) {
                throw new AssertionError("frame " + path(s, n) + ": self " + own + ", expected " + self.get(hash[n]));
            }
            withSelf += self.contains(hash[n]) ? 1 : 0;
        }
        assertThat(present).as("frames in the tree").isEqualTo(inclusive.size());
        assertThat(withSelf).as("whole stacks in the tree").isEqualTo(self.size());
    }

    private static String path(FoldedStacks s, int n) {
        StringBuilder b = new StringBuilder(s.frameName(n));
        for (int p = s.parent(n); p != 0; p = s.parent(p)) {
            b.insert(0, s.frameName(p) + ";");
        }
        return b.toString();
    }

    /** long to double, open addressing: millions of prefixes without a boxed entry each. */
    static final class LongDoubleMap {
        private long[] keys = new long[1 << 16];
        private double[] values = new double[1 << 16];
        private boolean[] used = new boolean[1 << 16];
        private int size;

        int size() {
            return size;
        }

        boolean contains(long k) {
            return used[slot(k)];
        }

        double get(long k) {
            int i = slot(k);
            return used[i] ? values[i] : 0;
        }

        void add(long k, double v) {
            int i = slot(k);
            if (!used[i]) {
                used[i] = true;
                keys[i] = k;
                if (++size > keys.length / 2) {
                    grow();
                    i = slot(k);
                }
            }
            values[i] += v;
        }

        private int slot(long k) {
            int mask = keys.length - 1;
            int i = (int) (k ^ k >>> 32) & mask;
            while (used[i] && keys[i] != k) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] k = keys;
            double[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new double[k.length * 2];
            used = new boolean[k.length * 2];
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    int j = slot(k[i]);
                    used[j] = true;
                    keys[j] = k[i];
                    values[j] = v[i];
                }
            }
        }
    }
}
