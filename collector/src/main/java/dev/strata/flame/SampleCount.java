package dev.strata.flame;

import java.nio.charset.StandardCharsets;

/**
 * The count at the end of a folded line: digits on the fast path; decimals and exponents
 * (weighted samples, bytes in memory profiles) through {@link Double#parseDouble} once the bytes
 * are known to be a plain number, so "NaN", "Infinity", hex and signs are rejected.
 */
final class SampleCount {

    private SampleCount() {
    }

    /** The count, or NaN when it is not a plain non-negative decimal number. */
    static double parse(byte[] b, int s, int e) {
        if (e - s <= 18) {
            long v = 0;
            int i = s;
            while (i < e) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                v = v * 10 + d;
                i++;
            }
            if (i == e) {
                return v;
            }
        }
        if (e - s > 64) {
            return Double.NaN;
        }
        if (!isDecimal(b, s, e)) {
            return Double.NaN;
        }
        double v = Double.parseDouble(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** digits, at most one point, at least one digit, an optional exponent: 12, 0.5, .5, 1e3, 2.5E-1. */
    static boolean isDecimal(byte[] b, int s, int e) {
        int i = s;
        int digits = 0;
        boolean point = false;
        while (i < e && (b[i] >= '0' && b[i] <= '9' || b[i] == '.' && !point)) {
            if (b[i] == '.') {
                point = true;
            } else {
                digits++;
            }
            i++;
        }
        if (digits == 0) {
            return false;
        }
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < e && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exp = i;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == exp) {
                return false;
            }
        }
        return i == e;
    }

}
