package dev.strata.flame;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Builds the frame tree from batches of interned stacks on its own thread, while the reader
 * scans and hashes the next bytes: the two halves of reading take about the same time, so a
 * second core nearly halves the wall time. Each batch is inserted in stack order (see
 * {@link LineOrder}). Batches are recycled; the tree is only touched here until {@link #finish}
 * returns.
 */
final class TreeBuilder implements Runnable {

    private static final int BATCHES = 4;

    private final FoldedStacks into;
    private final int column;
    private final BlockingQueue<StackBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<StackBatch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private volatile Throwable failure;

    // the previous line's path, as nodes and as name ids: shared prefixes need no lookup
    private int[] path = new int[64];
    private int[] pathName = new int[64];
    private int pathDepth;
    private final int[] order = new int[StackBatch.MAX_LINES];
    private final int[] scratch = new int[StackBatch.MAX_LINES];

    TreeBuilder(FoldedStacks into, int column) {
        this.into = into;
        this.column = column;
        for (int i = 0; i < BATCHES; i++) {
            free.add(new StackBatch());
        }
        thread = new Thread(this, "strata-frame-tree");
        thread.setDaemon(true);
        thread.start();
    }

    /** An empty batch to fill (waits while the builder is behind). */
    StackBatch take() {
        try {
            StackBatch b = free.take();
            b.clear();
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading folded stacks", e);
        }
    }

    void submit(StackBatch b) {
        try {
            full.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading folded stacks", e);
        }
    }

    /** Submits the last batch and waits until the tree holds everything. */
    void finish(StackBatch last) {
        last.last = true;
        submit(last);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading folded stacks", e);
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void run() {
        while (true) {
            StackBatch b;
            try {
                b = full.take();
            } catch (InterruptedException e) {
                failure = e;
                return;
            }
            if (failure == null) {
                try {
                    insert(b);
                } catch (Throwable t) {  // reported by finish(); keep draining so the reader never blocks
                    failure = t;
                }
            }
            boolean last = b.last;
            free.offer(b);
            if (last) {
                return;
            }
        }
    }

    private void insert(StackBatch b) {
        int[] lines = LineOrder.sorted(b, order, scratch);
        for (int k = 0; k < b.lines; k++) {
            int line = lines[k];
            int from = line == 0 ? 0 : b.lineEnd[line - 1];
            int to = b.lineEnd[line];
            int node = 0;
            int depth = 0;
            boolean samePrefix = true;
            boolean fresh = false;  // the current node was created by this line, so it has no children yet
            for (int i = from; i < to; i++) {
                int name = b.names[i];
                if (samePrefix && depth < pathDepth && pathName[depth] == name) {
                    node = path[depth];
                } else {
                    samePrefix = false;
                    if (fresh) {
                        node = into.newChild(node, name);
                    } else {
                        int known = into.nodeCount();
                        node = into.child(node, name);
                        fresh = node >= known;
                    }
                    if (depth == path.length) {
                        path = Arrays.copyOf(path, depth * 2);
                        pathName = Arrays.copyOf(pathName, depth * 2);
                    }
                    path[depth] = node;
                    pathName[depth] = name;
                }
                depth++;
            }
            pathDepth = depth;
            into.addSelf(column, node, b.samples[line]);
        }
    }
}
