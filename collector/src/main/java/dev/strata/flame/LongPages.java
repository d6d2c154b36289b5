package dev.strata.flame;

import java.util.Arrays;

/**
 * A growable long array kept in fixed-size pages: growing never copies the data, so the peak
 * memory of a large frame tree stays close to its size instead of doubling during a resize.
 */
final class LongPages {

    private static final int SHIFT = 13;
    private static final int PAGE = 1 << SHIFT;
    private static final int MASK = PAGE - 1;

    private long[][] pages = new long[4][];
    private int size;

    int size() {
        return size;
    }

    long get(int i) {
        return pages[i >>> SHIFT][i & MASK];
    }

    void set(int i, long v) {
        pages[i >>> SHIFT][i & MASK] = v;
    }

    /** Appends and returns the index of the new element. */
    int add(long v) {
        int i = size;
        int p = i >>> SHIFT;
        if (p == pages.length) {
            pages = Arrays.copyOf(pages, p * 2);
        }
        if (pages[p] == null) {
            pages[p] = new long[PAGE];
        }
        pages[p][i & MASK] = v;
        size = i + 1;
        return i;
    }
}
