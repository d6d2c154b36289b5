package dev.strata.flame;

import java.util.Arrays;

/**
 * Where each drawn frame goes, in samples: a pure function of the tree. Totals are summed
 * bottom-up in one pass over node ids (children always come after their parents); frames with
 * fewer samples than the threshold are pruned, which keeps the drawn set a small subtree that
 * is the only part ever sorted. Children are placed left to right by name; a frame's own samples
 * and its pruned children fill the rest of its width.
 *
 * <p>Drawn frames are indexed 0..count-1 in depth-first order; index 0 is the root.
 */
final class FrameLayout {

    final FoldedStacks stacks;
    final int widthColumn;
    final double[][] totals;     // [column][node], every node
    final int count;
    final int[] node;            // [frame] tree node
    final int[] depth;
    final double[] x;            // offset in samples of the width column
    final int maxDepth;
    final double prunedSamples;
    final int prunedFrames;
    final double minSamples;

    private FrameLayout(FoldedStacks stacks, int widthColumn, double[][] totals, int[] node, int[] depth,
                        double[] x, int count, double prunedSamples, int prunedFrames, double minSamples) {
        this.stacks = stacks;
        this.widthColumn = widthColumn;
        this.totals = totals;
        this.node = node;
        this.depth = depth;
        this.x = x;
        this.count = count;
        int max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, depth[i]);
        }
        this.maxDepth = max;
        this.prunedSamples = prunedSamples;
        this.prunedFrames = prunedFrames;
        this.minSamples = minSamples;
    }

    double width(int frame) {
        return totals[widthColumn][node[frame]];
    }

    double total(int column, int frame) {
        return totals[column][node[frame]];
    }

    double grandTotal(int column) {
        return totals[column][0];
    }

    /** Lays out {@code stacks}; frames under {@code minFraction} of the total are pruned. */
    static FrameLayout of(FoldedStacks stacks, int widthColumn, double minFraction) {
        int n = stacks.nodeCount();
        double[][] totals = new double[stacks.columns()][n];
        for (int c = 0; c < totals.length; c++) {
            double[] t = totals[c];
            for (int i = 0; i < n; i++) {
                t[i] = stacks.selfSamples(c, i);
            }
            for (int i = n - 1; i > 0; i--) {
                t[stacks.parent(i)] += t[i];
            }
        }
        double[] w = totals[widthColumn];
        double min = Math.max(w[0] * minFraction, Double.MIN_VALUE);

        // kept nodes: a child never has more samples than its parent, so they form a subtree
        int kept = 1;
        double prunedSamples = 0;
        int prunedFrames = 0;
        for (int i = 1; i < n; i++) {
            if (w[i] >= min) {
                kept++;
            } else if (w[stacks.parent(i)] >= min && w[i] > 0) {
                prunedSamples += w[i];
                prunedFrames++;
            }
        }
        int[] keptNodes = new int[kept];
        int[] childCount = new int[kept];
        int[] index = new int[n];  // node -> kept index + 1
        keptNodes[0] = 0;
        index[0] = 1;
        for (int i = 1, k = 1; i < n; i++) {
            if (w[i] >= min) {
                keptNodes[k] = i;
                index[i] = k + 1;
                childCount[index[stacks.parent(i)] - 1]++;
                k++;
            }
        }
        int[] firstChild = new int[kept + 1];
        for (int k = 0; k < kept; k++) {
            firstChild[k + 1] = firstChild[k] + childCount[k];
        }
        Integer[] children = new Integer[kept];
        ByName byName = new ByName(stacks);
        int[] fill = Arrays.copyOf(firstChild, kept);
        for (int k = 1; k < kept; k++) {
            children[fill[index[stacks.parent(keptNodes[k])] - 1]++] = keptNodes[k];
        }
        for (int k = 0; k < kept; k++) {
            Arrays.sort(children, firstChild[k], firstChild[k + 1], byName);
        }

        // depth-first placement with an explicit stack: stacks can be deeper than the call stack
        int[] order = new int[kept];
        int[] depth = new int[kept];
        double[] x = new double[kept];
        int[] todo = new int[kept];
        double[] todoX = new double[kept];
        int[] todoDepth = new int[kept];
        int top = 0;
        todo[top] = 0;
        todoX[top] = 0;
        todoDepth[top++] = 0;
        int out = 0;
        while (top > 0) {
            top--;
            int node = todo[top];
            order[out] = node;
            x[out] = todoX[top];
            depth[out] = todoDepth[top];
            int k = index[node] - 1;
            double cx = x[out];
            int firstPush = top;
            for (int c = firstChild[k]; c < firstChild[k + 1]; c++) {
                todo[top] = children[c];
                todoX[top] = cx;
                todoDepth[top++] = depth[out] + 1;
                cx += w[children[c]];
            }
            reverse(todo, todoX, todoDepth, firstPush, top);  // first child is drawn first
            out++;
        }
        return new FrameLayout(stacks, widthColumn, totals, order, depth, x, kept, prunedSamples, prunedFrames, min);
    }

    /** A named class, not a lambda: bootstrapping a lambda costs milliseconds at start-up. */
    private static final class ByName implements java.util.Comparator<Integer> {
        private final FoldedStacks stacks;

        ByName(FoldedStacks stacks) {
            this.stacks = stacks;
        }

        @Override
        public int compare(Integer a, Integer b) {
            return stacks.names.compare(stacks.nameId(a), stacks.nameId(b));
        }
    }

    private static void reverse(int[] a, double[] b, int[] c, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            double u = b[i];
            b[i] = b[j];
            b[j] = u;
            int v = c[i];
            c[i] = c[j];
            c[j] = v;
        }
    }
}
