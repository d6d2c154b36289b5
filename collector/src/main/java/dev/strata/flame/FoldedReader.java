package dev.strata.flame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Streams {@code frame;frame;frame count} lines into a {@link FoldedStacks} column, straight
 * from bytes: no String per line or per frame. Tolerates what real tools write: blank lines,
 * {@code #} comments and {@code # key: value} headers, a UTF-8 byte order mark, Windows line
 * ends, trailing {@code ;}, empty frames, spaces inside frames (the count is after the last
 * space or tab), zero and fractional counts, very long lines. A malformed line is recorded with
 * its number and skipped; in strict mode it stops the read with a {@link FoldedFormatException}.
 */
final class FoldedReader {

    private final FoldedStacks into;
    private final int column;
    private final String source;
    private final boolean strict;

    private long lineNumber;
    private TreeBuilder builder;
    private StackBatch batch;

    FoldedReader(FoldedStacks into, int column, String source, boolean strict) {
        this.into = into;
        this.column = column;
        this.source = source;
        this.strict = strict;
    }

    void read(InputStream in) throws IOException {
        builder = new TreeBuilder(into, column, source);
        boolean finished = false;
        try {
            batch = builder.take();
            scan(in);
            builder.finish(batch);
            finished = true;
        } finally {
            if (!finished) {
                builder.abandon();  // a strict read that stopped early, a failed builder, an I/O error
            }
        }
    }

    /**
     * Reads blocks and hands over each run of whole lines; the bytes are then walked once, frames
     * split and hashed on the way. A line never crosses a block: the partial last line moves to
     * the front before the next read (the block grows for a line longer than itself).
     */
    private void scan(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 20];
        int start = 0;
        int end = 0;
        while (true) {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end >= buf.length - 1) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - 1 - end);  // one byte spare for a final newline
            if (n < 0) {
                if (end > start) {
                    buf[end++] = '\n';
                    lines(buf, start, end);
                }
                return;
            }
            int searched = end;
            end += n;
            int last = end - 1;
            while (last >= searched && buf[last] != '\n') {
                last--;
            }
            if (last >= searched) {
                lines(buf, start, last + 1);
                start = last + 1;
            }
        }
    }

    /** Lines in {@code [s, limit)}, which ends with a newline. */
    private void lines(byte[] b, int s, int limit) {
        int i = s;
        while (i < limit) {
            lineNumber++;
            int lineStart = i;
            if (lineNumber == 1 && limit - i >= 3 && b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF) {
                i += 3;
            }
            while (b[i] == ' ' || b[i] == '\t' || b[i] == '\r') {
                i++;
            }
            if (b[i] == '\n') {
                i++;
                continue;
            }
            if (b[i] == '#') {
                int nl = i;
                while (b[nl] != '\n') {
                    nl++;
                }
                header(b, i + 1, nl);
                i = nl + 1;
                continue;
            }
            int first = i;
            int from = i;
            while (true) {
                byte c = b[i];
                while (c != ';' && c != '\n') {
                    c = b[++i];
                }
                if (c == ';') {
                    if (i > from) {
                        batch.frame(into.names.intern(b, from, i));
                    }
                    from = ++i;
                } else {
                    // the first segment may take its count after leading blanks: py-spy writes " 14"
                    lastSegment(b, from == first ? lineStart : from, from, i);
                    i++;
                    break;
                }
            }
        }
    }

    /** The last frame and the count: {@code [from, nl)}, its separator searched down to {@code low}. */
    private void lastSegment(byte[] b, int low, int from, int nl) {
        int e = nl;
        while (e > from && isBlank(b[e - 1])) {
            e--;
        }
        int sp = e - 1;
        while (sp >= low && b[sp] != ' ' && b[sp] != '\t') {
            sp--;
        }
        if (sp < low) {
            batch.dropLine();
            problem("no sample count after the stack (expected 'frame;frame;frame COUNT')");
            return;
        }
        double count = SampleCount.parse(b, sp + 1, e);
        if (!(count >= 0)) {
            batch.dropLine();
            problem("sample count '" + ascii(b, sp + 1, e) + "' is not a non-negative number");
            return;
        }
        int frameEnd = sp;
        while (frameEnd > from && isBlank(b[frameEnd - 1])) {
            frameEnd--;
        }
        if (frameEnd > from) {
            batch.frame(into.names.intern(b, from, frameEnd));
        }
        batch.endLine(count);
        if (batch.full()) {
            builder.submit(batch);
            batch = builder.take();
        }
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private void header(byte[] b, int s, int e) {
        String text = new String(b, s, Math.min(e - s, 4096), StandardCharsets.UTF_8).strip();
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= 64 && isKey(text, colon)) {
            into.header(text.substring(0, colon), text.substring(colon + 1).strip());
        }
    }

    private static boolean isKey(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    private void problem(String message) {
        FoldedProblem p = new FoldedProblem(source, lineNumber, message);
        if (strict) {
            throw new FoldedFormatException(p);
        }
        into.problem(p);
    }

    private static String ascii(byte[] b, int s, int e) {
        String t = new String(b, s, Math.min(e - s, 40), StandardCharsets.UTF_8);
        return e - s > 40 ? t + "..." : t;
    }
}
