package dev.strata.format;

import java.util.Locale;

/** Human units for terminals and pages; always Locale.ROOT so output never depends on the machine. */
public final class Units {

    private static final String[] BYTES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Units() {
    }

    public static String bytes(long b) {
        if (Math.abs(b) < 1024) {
            return b + " B";
        }
        double v = b;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < BYTES.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.2f %s", v, BYTES[u]);
    }

    public static String seconds(double s) {
        double a = Math.abs(s);
        if (a == 0) {
            return "0 s";
        }
        if (a < 1e-6) {
            return String.format(Locale.ROOT, "%.1f ns", s * 1e9);
        }
        if (a < 1e-3) {
            return String.format(Locale.ROOT, "%.1f µs", s * 1e6);
        }
        if (a < 1) {
            return String.format(Locale.ROOT, "%.1f ms", s * 1e3);
        }
        if (a < 120) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        long total = Math.round(a);
        return String.format(Locale.ROOT, "%s%dm %02ds", s < 0 ? "-" : "", total / 60, total % 60);
    }

    /** A plain number: no grouping, no exponent for ordinary magnitudes, trailing zeros trimmed. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
