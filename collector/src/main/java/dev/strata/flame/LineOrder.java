package dev.strata.flame;

/**
 * The lines of a batch in the order of their stacks (name ids compared frame by frame). Sorted,
 * neighbouring lines share their longest prefixes, which the tree builder walks without a single
 * lookup, and the lookups left visit the tree in order instead of at random: for input written in
 * no particular order this saves most cache misses of building the tree.
 */
final class LineOrder {

    private LineOrder() {
    }

    /** Line indexes of {@code b} in stack order, in {@code order} or {@code scratch}. */
    static int[] sorted(StackBatch b, int[] order, int[] scratch) {
        int n = b.lines;
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] src = order;
        int[] dst = scratch;
        // bottom-up merge sort: stable, no boxing, no recursion
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = compare(b, src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        return src;
    }

    private static int compare(StackBatch b, int x, int y) {
        int i = x == 0 ? 0 : b.lineEnd[x - 1];
        int ie = b.lineEnd[x];
        int j = y == 0 ? 0 : b.lineEnd[y - 1];
        int je = b.lineEnd[y];
        int[] names = b.names;
        while (i < ie && j < je) {
            int c = Integer.compare(names[i++], names[j++]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ie - i, je - j);
    }
}
