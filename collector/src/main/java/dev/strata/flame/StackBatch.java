package dev.strata.flame;

import java.util.Arrays;

/** Lines already split into interned frame names, handed from the reader to the tree builder. */
final class StackBatch {

    static final int MAX_LINES = 8192;

    int[] names = new int[MAX_LINES * 16];
    int frames;
    final int[] lineEnd = new int[MAX_LINES];   // index into names after each line's last frame
    final double[] samples = new double[MAX_LINES];
    int lines;
    boolean last;

    void clear() {
        frames = 0;
        lines = 0;
        last = false;
    }

    void frame(int nameId) {
        if (frames == names.length) {
            names = Arrays.copyOf(names, frames * 2);
        }
        names[frames++] = nameId;
    }

    /** Forgets the frames of the line being read (it turned out malformed). */
    void dropLine() {
        frames = lines == 0 ? 0 : lineEnd[lines - 1];
    }

    void endLine(double count) {
        lineEnd[lines] = frames;
        samples[lines++] = count;
    }

    boolean full() {
        return lines == MAX_LINES;
    }
}
