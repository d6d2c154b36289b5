package dev.strata.flame;

/**
 * Numbers as people read them in tooltips and notes, always in the Locale.ROOT style (comma
 * groups, point decimals). Hand-written: the JDK's formatters load the locale machinery, which
 * costs more start-up time than rendering a whole flamegraph.
 */
final class Numbers {

    private Numbers() {
    }

    /** 1,234 or 1,234.5 (at most two decimals). */
    static String samples(double v) {
        if (!(Math.abs(v) < 1e15)) {
            return Double.toString(v);
        }
        long r = Math.round(Math.abs(v) * 100);
        StringBuilder b = new StringBuilder();
        if (v < 0 && r != 0) {
            b.append('-');
        }
        String digits = Long.toString(r / 100);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        long frac = r % 100;
        if (frac != 0) {
            b.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                b.append(frac % 10);
            }
        }
        return b.toString();
    }

    /** 12.34: {@code part} as a percentage of {@code whole}, two decimals always. */
    static String percent(double part, double whole) {
        return twoDecimals(whole == 0 ? 0 : part * 100 / whole);
    }

    /** +1.25 / -0.50 / 0.00. */
    static String signed(double v) {
        String s = twoDecimals(Math.abs(v));
        return s.equals("0.00") ? s : (v > 0 ? "+" : "-") + s;
    }

    private static String twoDecimals(double v) {
        if (!(Math.abs(v) < 1e15)) {
            return Double.toString(v);
        }
        long r = Math.round(Math.abs(v) * 100);
        String sign = v < 0 && r != 0 ? "-" : "";
        long frac = r % 100;
        return new StringBuilder(24).append(sign).append(r / 100).append('.').append(frac < 10 ? "0" : "").append(frac)
                .toString();
    }
}
