package dev.strata.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Deterministic folded stacks shaped like a real program's: a call graph of 3,000 functions in 60
 * modules (C++-style names of 20-60 bytes), each calling 2-6 others; every line is a random walk
 * from one of a few entry points, 4-40 frames deep, with a skewed sample count. Lines come out in
 * no particular order, as py-spy and async-profiler write them (the hard case: no shared prefix
 * with the line before). The "after" variant of the same seed shifts samples between functions,
 * drops some stacks and adds new ones, for differential flamegraphs.
 */
final class FoldedGenerator {

    private static final int MODULES = 60;
    private static final int FUNCTIONS = 3000;
    private static final String[] VERBS = {"read", "parse", "decode", "encode", "compute", "reduce", "merge", "sort",
        "filter", "lookup", "insert", "flush", "compress", "scan", "visit", "resolve", "dispatch", "update", "load", "write"};
    private static final String[] NOUNS = {"matrix", "block", "chunk", "header", "index", "buffer", "column", "row",
        "schema", "tile", "frame", "record", "page", "batch", "node", "range", "query", "array", "cell", "gene"};

    private FoldedGenerator() {
    }

    static void write(Path file, int lines, boolean after) throws IOException {
        SplittableRandom shape = new SplittableRandom(42);
        byte[][] names = new byte[FUNCTIONS][];
        int[][] callees = new int[FUNCTIONS][];
        for (int f = 0; f < FUNCTIONS; f++) {
            String name = "strata_bench::mod" + shape.nextInt(MODULES) + "::" + NOUNS[shape.nextInt(NOUNS.length)]
                    + "::" + VERBS[shape.nextInt(VERBS.length)] + "_" + NOUNS[shape.nextInt(NOUNS.length)] + f;
            names[f] = name.getBytes(StandardCharsets.UTF_8);
            callees[f] = new int[2 + shape.nextInt(5)];
            for (int c = 0; c < callees[f].length; c++) {
                callees[f][c] = shape.nextInt(FUNCTIONS);
            }
        }
        int[] roots = {0, 1, 2, 3, 4, 5, 6, 7};
        SplittableRandom walk = new SplittableRandom(7);
        SplittableRandom change = new SplittableRandom(99);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < lines; i++) {
                int f = roots[walk.nextInt(roots.length)];
                int depth = 4 + walk.nextInt(37);
                long count = 1 + (long) Math.floor(Math.pow(walk.nextDouble(), 3) * 500);
                boolean hot = false;
                out.write(names[f]);
                for (int d = 1; d < depth; d++) {
                    f = callees[f][walk.nextInt(callees[f].length)];
                    hot |= f % 97 == 0;
                    out.write(';');
                    out.write(names[f]);
                }
                if (after) {
                    double roll = change.nextDouble();
                    if (roll < 0.03) {
                        count = 0;                       // code that went away
                    } else if (hot) {
                        count = count * 2 + 1;           // code that got slower
                    } else if (roll < 0.06) {
                        out.write(";strata_bench::cache::lookup_new".getBytes(StandardCharsets.UTF_8));
                    }
                }
                out.write(' ');
                out.write(Long.toString(count).getBytes(StandardCharsets.US_ASCII));
                out.write('\n');
            }
        }
    }
}
