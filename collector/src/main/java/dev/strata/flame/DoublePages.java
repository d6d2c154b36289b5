package dev.strata.flame;

import java.util.Arrays;

/** A growable double array in fixed-size pages (see {@link IntPages}); unset elements read 0. */
final class DoublePages {

    private static final int SHIFT = 13;
    private static final int PAGE = 1 << SHIFT;
    private static final int MASK = PAGE - 1;

    private double[][] pages = new double[4][];

    double get(int i) {
        int p = i >>> SHIFT;
        double[] page = p < pages.length ? pages[p] : null;
        return page == null ? 0 : page[i & MASK];
    }

    void add(int i, double v) {
        page(i)[i & MASK] += v;
    }

    void set(int i, double v) {
        page(i)[i & MASK] = v;
    }

    private double[] page(int i) {
        int p = i >>> SHIFT;
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(p + 1, pages.length * 2));
        }
        double[] page = pages[p];
        if (page == null) {
            page = new double[PAGE];
            pages[p] = page;
        }
        return page;
    }
}
