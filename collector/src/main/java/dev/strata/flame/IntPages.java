package dev.strata.flame;

import java.util.Arrays;

/**
 * A growable int array kept in fixed-size pages: growing never copies the data, so the peak
 * memory of a large frame tree stays close to its size instead of doubling during a resize.
 */
final class IntPages {

    private static final int SHIFT = 14;
    private static final int PAGE = 1 << SHIFT;
    private static final int MASK = PAGE - 1;

    private int[][] pages = new int[4][];
    private int size;

    int size() {
        return size;
    }

    int get(int i) {
        return pages[i >>> SHIFT][i & MASK];
    }

    void set(int i, int v) {
        pages[i >>> SHIFT][i & MASK] = v;
    }

    /** Sets an element that may lie past the end, for arrays only some indexes of which are used. */
    void put(int i, int v) {
        int p = i >>> SHIFT;
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(p + 1, pages.length * 2));
        }
        if (pages[p] == null) {
            pages[p] = new int[PAGE];
        }
        pages[p][i & MASK] = v;
        size = Math.max(size, i + 1);
    }

    /** Appends and returns the index of the new element. */
    int add(int v) {
        int i = size;
        int p = i >>> SHIFT;
        if (p == pages.length) {
            pages = Arrays.copyOf(pages, p * 2);
        }
        if (pages[p] == null) {
            pages[p] = new int[PAGE];
        }
        pages[p][i & MASK] = v;
        size = i + 1;
        return i;
    }
}
