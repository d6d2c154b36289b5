package dev.strata.flame;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the frame tree from batches of interned stacks on its own thread, while the reader
 * scans and hashes the next bytes: the two halves of reading take about the same time, so a
 * second core nearly halves the wall time. Each batch is inserted in stack order (see
 * {@link LineOrder}). Batches are recycled; the tree is only touched here until {@link #finish}
 * returns.
 */
final class TreeBuilder implements Runnable {

    private static final int BATCHES = 4;
    private static final long WAIT_SLICE_MILLIS = 200;

    /** How long the builder may go without finishing a line while it has work: a hang, not a slow line. */
    static volatile long stallNanos = TimeUnit.SECONDS.toNanos(60);
    /** Lets tests make the builder fail or stall on a given input; null in use. */
    static volatile Fault fault;

    interface Fault {
        void before(String source, StackBatch batch) throws Exception;
    }

    private final FoldedStacks into;
    private final int column;
    private final String source;
    private final AtomicLong linesDone = new AtomicLong();
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

    TreeBuilder(FoldedStacks into, int column, String source) {
        this.into = into;
        this.column = column;
        this.source = source;
        for (int i = 0; i < BATCHES; i++) {
            free.add(new StackBatch());
        }
        thread = new Thread(this, "strata-frame-tree");
        thread.setDaemon(true);
        thread.start();
    }

    /** An empty batch to fill (waits while the builder is behind). */
    StackBatch take() {
        Watch watch = new Watch();
        while (true) {
            StackBatch b;
            try {
                b = free.poll(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon();
                throw new IllegalStateException("interrupted while reading folded stacks", e);
            }
            if (failure != null) {
                throw failed();
            }
            if (b != null) {
                b.clear();
                return b;
            }
            watch.check();
        }
    }

    void submit(StackBatch b) {
        if (!full.offer(b)) {  // cannot happen: the queue holds every batch there is
            throw new IllegalStateException("frame tree queue overflow");
        }
    }

    /** Submits the last batch and waits until the tree holds everything. */
    void finish(StackBatch last) {
        last.last = true;
        submit(last);
        Watch watch = new Watch();
        try {
            while (true) {
                thread.join(WAIT_SLICE_MILLIS);
                if (!thread.isAlive()) {
                    break;
                }
                watch.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new IllegalStateException("interrupted while reading folded stacks", e);
        }
        if (failure != null) {
            throw failed();
        }
    }

    /** Ends the builder thread early: the read stopped and the tree will not be used. */
    void abandon() {
        thread.interrupt();
    }

    private FlameEngineException failed() {
        Throwable t = failure;
        String why = t instanceof OutOfMemoryError ? "out of memory (give Java more with -Xmx)" : t.toString();
        return new FlameEngineException("the flamegraph engine failed while building the frame tree of "
                + source + ": " + why, t);
    }

    /** Tells a builder that is working from one that is stuck, by the lines it finishes. */
    private final class Watch {
        private long lines = linesDone.get();
        private long since = System.nanoTime();

        void check() {
            long now = System.nanoTime();
            long done = linesDone.get();
            if (done != lines) {
                lines = done;
                since = now;
            } else if (!thread.isAlive()) {
                throw new FlameEngineException("the flamegraph engine's frame tree thread ended early on " + source, null);
            } else if (now - since > stallNanos) {
                abandon();
                throw new FlameEngineException("the flamegraph engine made no progress on " + source + " for "
                        + TimeUnit.NANOSECONDS.toSeconds(stallNanos) + " s after line " + done
                        + " (stopped; this is a bug in strata, please report it with the input)", null);
            }
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
                    Fault f = fault;
                    if (f != null) {
                        f.before(source, b);
                    }
                    insert(b);
                } catch (InterruptedException e) {  // abandoned by the reader
                    return;
                } catch (Throwable t) {  // the reader sees it at its next wait and stops
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
            linesDone.lazySet(linesDone.get() + 1);  // for the reader's watch: no fence per line
        }
    }
}
