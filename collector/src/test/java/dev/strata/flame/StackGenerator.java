package dev.strata.flame;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Folded stacks at the scale and shape of real profiles, from a handful of numbers. Every line is
 * a walk down a call graph of {@code names} functions from one of a few entry points. How many
 * callees a function has ranges from one to {@code maxFanout} (most have few, some thousands),
 * and a skew makes some callees common and the rest rare, so wide nodes gather new children all
 * through the input, as an interpreter loop or an allocator does. Some lines repeat the start
 * of the line before (as sorted or per-thread output does), most start afresh (as py-spy's do).
 * Lines come from {@link #cursor()} as frame ids, for a reference that parses no text, or from
 * {@link #stream()} as the same lines in folded text, made on the fly (a 300k-line file is 200 MB).
 */
public final class StackGenerator {

    /** What to generate; every field is a knob of the shape above. */
    public record Shape(long seed, int lines, int maxDepth, int names, int maxFanout, double skew,
                        double prefixReuse, double zeroShare, boolean quarterCounts) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d lines, depth 1-%d, %d names, fan-out 1-%d, skew %.2f, "
                            + "%.0f%% reused prefixes, %.0f%% zero counts%s, seed %d", lines, maxDepth, names, maxFanout,
                    skew, 100 * prefixReuse, 100 * zeroShare, quarterCounts ? ", counts in quarters" : "", seed);
        }
    }

    private static final String[] LIBS = {"python", "numpy", "scipy.sparse", "pandas", "anndata", "h5py",
        "tiledbsoma", "libtiledb.so", "libc.so.6", "libstdc++.so.6", "Seurat", "[kernel]"};
    private static final String[] VERBS = {"read", "write", "slice", "concat", "encode", "decode", "reduce",
        "sort", "merge", "lookup", "alloc", "free", "scan", "visit", "dispatch"};

    private final Shape shape;
    private final byte[][] names;
    private final int[] fanout;

    public StackGenerator(Shape shape) {
        this.shape = shape;
        SplittableRandom r = new SplittableRandom(shape.seed());
        names = new byte[shape.names()][];
        fanout = new int[shape.names()];
        for (int f = 0; f < names.length; f++) {
            names[f] = name(f, r).getBytes(StandardCharsets.UTF_8);
            fanout[f] = 1 + (int) (Math.pow(r.nextDouble(), 4) * (shape.maxFanout() - 1));
        }
        for (int e = 0; e < Math.min(8, names.length); e++) {
            fanout[e] = shape.maxFanout();  // entry points are the widest nodes
        }
    }

    private static String name(int f, SplittableRandom r) {
        String lib = LIBS[r.nextInt(LIBS.length)];
        String verb = VERBS[r.nextInt(VERBS.length)];
        return switch (r.nextInt(4)) {
            case 0 -> lib + ":" + verb + "_" + f;
            case 1 -> verb + "_chunk_" + f + " (" + lib + "/core.py:" + (1 + r.nextInt(900)) + ")";
            case 2 -> lib + "::detail::" + verb + "<std::vector<int>>#" + f;
            default -> "ƒ_" + verb + "_" + f + "_é";
        };
    }

    public String name(int id) {
        return new String(names[id], StandardCharsets.UTF_8);
    }

    public int nameCount() {
        return names.length;
    }

    public Shape shape() {
        return shape;
    }

    /** The lines one by one: {@link Cursor#next()}, then {@code frames[0..depth)} and {@code count}. */
    public Cursor cursor() {
        return cursor(shape.seed());
    }

    /** Other lines over the same call graph (the other side of a diff), by another seed. */
    public Cursor cursor(long lineSeed) {
        return new Cursor(lineSeed);
    }

    public final class Cursor {
        private final SplittableRandom r;
        private int left = shape.lines();
        public final int[] frames = new int[shape.maxDepth()];
        public int depth;
        public double count;

        private Cursor(long lineSeed) {
            r = new SplittableRandom(lineSeed * 31 + 7);
        }

        public boolean next() {
            if (left-- <= 0) {
                return false;
            }
            int newDepth = 1 + r.nextInt(shape.maxDepth());
            int from = 0;
            if (depth > 0 && r.nextDouble() < shape.prefixReuse()) {
                from = Math.min(newDepth, 1 + r.nextInt(depth));
            }
            for (int d = from; d < newDepth; d++) {
                if (d == 0) {
                    frames[0] = r.nextInt(Math.min(8, names.length));
                } else {
                    int f = frames[d - 1];
                    frames[d] = callee(f, (int) (Math.pow(r.nextDouble(), shape.skew()) * fanout[f]));
                }
            }
            depth = newDepth;
            count = r.nextDouble() < shape.zeroShare() ? 0
                    : shape.quarterCounts() ? (1 + r.nextInt(400)) / 4.0 : 1 + (long) (Math.pow(r.nextDouble(), 3) * 900);
            return true;
        }
    }

    /** The k-th callee of function f: a fixed pseudo-random function, so no call lists are kept. */
    private int callee(int f, int k) {
        long h = f * 0x9E3779B97F4A7C15L ^ k * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (int) Math.floorMod(h, (long) names.length);
    }

    /** The lines as folded text, generated as they are read. */
    public InputStream stream() {
        return stream(shape.seed());
    }

    public InputStream stream(long lineSeed) {
        return new InputStream() {
            private final Cursor c = cursor(lineSeed);
            private byte[] buf = new byte[1 << 16];
            private int pos;
            private int end;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos == end && !fill()) {
                    return -1;
                }
                int n = Math.min(len, end - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }

            private boolean fill() {
                pos = 0;
                end = 0;
                while (end < buf.length / 2 && c.next()) {
                    for (int d = 0; d < c.depth; d++) {
                        byte[] name = names[c.frames[d]];
                        ensure(name.length + 1);
                        if (d > 0) {
                            buf[end++] = ';';
                        }
                        System.arraycopy(name, 0, buf, end, name.length);
                        end += name.length;
                    }
                    String count = c.count == Math.rint(c.count) ? Long.toString((long) c.count) : Double.toString(c.count);
                    ensure(count.length() + 2);
                    buf[end++] = ' ';
                    for (int j = 0; j < count.length(); j++) {
                        buf[end++] = (byte) count.charAt(j);
                    }
                    buf[end++] = '\n';
                }
                return end > 0;
            }

            private void ensure(int more) {
                if (end + more > buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, end + more));
                }
            }
        };
    }
}
