package dev.strata.flame;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one column of a frame tree back as folded stacks: one line per node with self samples,
 * in the order nodes were first seen. Samples at the root are written as an empty stack.
 */
public final class FoldedWriter {

    private FoldedWriter() {
    }

    public static void write(FoldedStacks stacks, int column, OutputStream out) throws IOException {
        ByteSink sink = new ByteSink(out);
        int[] path = new int[16];
        for (int node = 0; node < stacks.nodeCount(); node++) {
            double samples = stacks.selfSamples(column, node);
            if (samples == 0) {
                continue;
            }
            int depth = 0;
            for (int n = node; n != 0; n = stacks.parent(n)) {
                if (depth == path.length) {
                    path = java.util.Arrays.copyOf(path, depth * 2);
                }
                path[depth++] = n;
            }
            for (int d = depth - 1; d >= 0; d--) {
                int id = stacks.nameId(path[d]);
                sink.raw(stacks.names.pool(id), stacks.names.offset(id), stacks.names.length(id));
                if (d > 0) {
                    sink.ascii(";");
                }
            }
            sink.ascii(" ").count(samples);
            sink.ascii("\n");
        }
        sink.flush();
    }
}
