package dev.strata.flame;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffered byte output for SVG and folded text: ASCII markup, numbers formatted without
 * {@code String.format} (always Locale.ROOT style), and XML text escaped and encoded as UTF-8
 * with characters XML cannot carry replaced by U+FFFD.
 */
final class ByteSink {

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    ByteSink(OutputStream out) {
        this.out = out;
    }

    ByteSink ascii(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            put(s.charAt(i));
        }
        return this;
    }

    ByteSink raw(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - n) {
            flush();
            if (len > buf.length) {
                out.write(b, off, len);
                return this;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
        return this;
    }

    /** XML character data: {@code & < >} escaped, so a frame name is only ever text. */
    ByteSink text(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '&') {
                    ascii("&amp;");
                } else if (c == '<') {
                    ascii("&lt;");
                } else if (c == '>') {
                    ascii("&gt;");
                } else if (c < 0x20 && c != '\t' && c != '\n') {
                    utf8(0xFFFD);
                } else {
                    put(c);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                utf8(Character.toCodePoint(c, s.charAt(++i)));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                utf8(0xFFFD);
            } else {
                utf8(c);
            }
        }
        return this;
    }

    private void utf8(int cp) throws IOException {
        if (cp < 0x800) {
            put(0xC0 | cp >> 6);
            put(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            put(0xE0 | cp >> 12);
            put(0x80 | cp >> 6 & 0x3F);
            put(0x80 | cp & 0x3F);
        } else {
            put(0xF0 | cp >> 18);
            put(0x80 | cp >> 12 & 0x3F);
            put(0x80 | cp >> 6 & 0x3F);
            put(0x80 | cp & 0x3F);
        }
    }

    ByteSink integer(long v) throws IOException {
        if (v < 0) {
            put('-');
            v = -v;
        }
        if (v >= 10) {
            integer(v / 10);
        }
        put((int) ('0' + v % 10));
        return this;
    }

    /** {@code v} rounded to {@code decimals} places, trailing zeros dropped: 12.5, 3, 0.25. */
    ByteSink fixed(double v, int decimals) throws IOException {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long r = Math.round(Math.abs(v) * scale);
        if (v < 0 && r != 0) {
            put('-');
        }
        integer(r / scale);
        long frac = r % scale;
        if (frac != 0) {
            put('.');
            for (long div = scale / 10; frac != 0; div /= 10) {
                put((int) ('0' + frac / div));
                frac %= div;
            }
        }
        return this;
    }

    /** A sample count exactly: integral counts as digits, others in Java's shortest form. */
    ByteSink count(double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return integer((long) v);
        }
        return ascii(Double.toString(v));
    }

    void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
        out.flush();
    }

    private void put(int b) throws IOException {
        if (n == buf.length) {
            out.write(buf, 0, n);
            n = 0;
        }
        buf[n++] = (byte) b;
    }
}
