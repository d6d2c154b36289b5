package dev.strata.site;

import java.util.List;
import java.util.Locale;

/** The points of a small inline SVG polyline (width x height), oldest left; nulls are skipped. */
final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 24;

    private Sparkline() {
    }

    static String points(List<Double> values) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                n++;
            }
        }
        if (n == 0) {
            return "";
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        StringBuilder sb = new StringBuilder();
        int count = values.size();
        for (int i = 0; i < count; i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v)) {
                continue;
            }
            double x = count == 1 ? WIDTH / 2.0 : 1 + i * (WIDTH - 2.0) / (count - 1);
            double y = HEIGHT - 2 - (v - lo) / span * (HEIGHT - 4);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return sb.toString();
    }
}
