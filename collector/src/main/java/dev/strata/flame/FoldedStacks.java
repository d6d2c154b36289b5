package dev.strata.flame;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folded stacks merged into a frame tree: node 0 is the root, every other node is one frame
 * under its parent, and identical stacks land on the same node. A tree has one or more columns
 * of self samples (one per input: a differential flamegraph reads before and after into one
 * tree). Reading costs at most one child lookup per frame and no object per line (see
 * {@link NodeTable}).
 */
public final class FoldedStacks {

    /** At most this many problems are kept with their text; all are counted. */
    public static final int KEPT_PROBLEMS = 100;

    final FrameNames names = new FrameNames();
    private final NodeTable nodes = new NodeTable();
    private final DoublePages[] self;

    private final List<FoldedProblem> problems = new ArrayList<>();
    private long problemCount;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public FoldedStacks(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("a frame tree needs at least one column");
        }
        self = new DoublePages[columns];
        for (int c = 0; c < columns; c++) {
            self[c] = new DoublePages();
        }
    }

    /** Reads one folded-stacks stream, reporting malformed lines (see {@link FoldedReader}). */
    public static FoldedStacks read(InputStream in, String source, boolean strict) throws IOException {
        FoldedStacks s = new FoldedStacks(1);
        new FoldedReader(s, 0, source, strict).read(in);
        return s;
    }

    /** Reads before and after into one two-column tree, for {@link DiffFlameGraph}. */
    public static FoldedStacks readPair(InputStream before, String beforeSource, InputStream after, String afterSource,
                                        boolean strict) throws IOException {
        FoldedStacks s = new FoldedStacks(2);
        new FoldedReader(s, 0, beforeSource, strict).read(before);
        new FoldedReader(s, 1, afterSource, strict).read(after);
        return s;
    }

    /** Column 0 of each, as the two columns of one tree. */
    public static FoldedStacks pair(FoldedStacks before, FoldedStacks after) {
        FoldedStacks s = new FoldedStacks(2);
        s.copyColumn(before, 0);
        s.copyColumn(after, 1);
        return s;
    }

    private void copyColumn(FoldedStacks from, int column) {
        int[] map = new int[from.nodeCount()];
        for (int n = 1; n < from.nodeCount(); n++) {
            int id = from.nameId(n);
            int nameHere = names.intern(from.names.pool(id), from.names.offset(id), from.names.offset(id) + from.names.length(id));
            map[n] = child(map[from.parent(n)], nameHere);
        }
        for (int n = 0; n < from.nodeCount(); n++) {
            addSelf(column, map[n], from.selfSamples(0, n));
        }
        for (FoldedProblem p : from.problems) {
            problem(p);
        }
        problemCount += from.problemCount - from.problems.size();
        from.headers.forEach(this::header);
    }

    public int columns() {
        return self.length;
    }

    /** Nodes including the root; a child's id is always greater than its parent's. */
    public int nodeCount() {
        return nodes.size();
    }

    public int parent(int node) {
        return nodes.parent(node);
    }

    /** The frame name of a node (the root's is empty). */
    public String frameName(int node) {
        return node == 0 ? "" : names.string(nameId(node));
    }

    int nameId(int node) {
        return nodes.nameId(node);
    }

    public double selfSamples(int column, int node) {
        return self[column].get(node);
    }

    public double totalSamples(int column) {
        double sum = 0;
        for (int i = 0; i < nodeCount(); i++) {
            sum += self[column].get(i);
        }
        return sum;
    }

    /** Adds samples to the stack given frame by frame, outermost first. */
    public void add(int column, List<String> stack, double samples) {
        int node = 0;
        for (String frame : stack) {
            byte[] b = frame.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (b.length > 0) {
                node = child(node, names.intern(b, 0, b.length));
            }
        }
        addSelf(column, node, samples);
    }

    void addSelf(int column, int node, double samples) {
        self[column].add(node, samples);
    }

    /** The child of {@code parentNode} named {@code nameId}, created if new. */
    int child(int parentNode, int nameId) {
        return nodes.child(parentNode, nameId);
    }

    /** A new child of a node created during the same line (see {@link NodeTable#newChild}). */
    int newChild(int parentNode, int nameId) {
        return nodes.newChild(parentNode, nameId);
    }

    void problem(FoldedProblem p) {
        problemCount++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(p);
        }
    }

    /** The first {@link #KEPT_PROBLEMS} malformed lines met while reading. */
    public List<FoldedProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public long problemCount() {
        return problemCount;
    }

    void header(String key, String value) {
        if (headers.size() < 100) {
            headers.putIfAbsent(key, value);
        }
    }

    /** {@code # key: value} lines met at any place in the input, first value of each key. */
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
