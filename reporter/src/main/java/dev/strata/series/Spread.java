package dev.strata.series;


import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The uncertainty a point carries of its own, as a relative standard deviation (0.05 = 5%): from
 * the spread a benchmark tool published with the value, or from the repetitions of one commit.
 * NaN when there is none. Detection will not call a step smaller than this a regression.
 */
public final class Spread {

    /** asv's 99% interval is about 2.576 standard errors either side of the estimate. */
    private static final double Z99 = 2.576;
    private static final Pattern PLUS_MINUS = Pattern.compile("^(?:±|\\+/-)\\s*([0-9.eE+-]+)");
    private static final Pattern STDDEV = Pattern.compile("^stddev:\\s*([0-9.eE+-]+)");
    private static final Pattern INTERVAL = Pattern.compile("^ci99=\\[([0-9.eE+-]+),\\s*([0-9.eE+-]+)]");

    private Spread() {
    }

    /**
     * The relative spread of a published {@code range} for {@code value}: {@code ± d} (cargo bench:
     * the width of its samples, taken as two deviations), {@code stddev: s} and asv's
     * {@code ci99=[a,b]}. A rate's stddev (pytest-benchmark through github-action-benchmark writes
     * operations per second with the deviation of the seconds per operation) is relative as
     * {@code s x value}. NaN for anything else.
     */
    public static double ofRange(String range, double value, String unit) {
        if (range == null || !(value > 0)) {
            return Double.NaN;
        }
        String r = range.trim();
        try {
            Matcher m = PLUS_MINUS.matcher(r);
            if (m.find()) {
                return finite(Double.parseDouble(m.group(1)) / 2 / value);
            }
            m = STDDEV.matcher(r);
            if (m.find()) {
                double s = Double.parseDouble(m.group(1));
                return finite(rate(unit) ? s * value : s / value);
            }
            m = INTERVAL.matcher(r);
            if (m.find()) {
                double a = Double.parseDouble(m.group(1));
                double b = Double.parseDouble(m.group(2));
                return finite(Math.abs(b - a) / 2 / Z99 / value);
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /**
     * The spread an imported run was published with ({@code userData.imported.range}, kept by
     * {@code strata import}), for its imported value: a custom metric. NaN for everything else.
     */
    public static double published(RunSummary r, MetricDef metric, double value) {
        if (r.publishedRange() == null || !r.custom().containsKey(MetricInfo.CUSTOM + metric.name())) {
            return Double.NaN;
        }
        return ofRange(r.publishedRange(), value, metric.unit());
    }

    /** The relative standard deviation of repetitions (from their logarithms); NaN for fewer than two. */
    public static double ofRepetitions(double[] values) {
        int n = 0;
        double sum = 0;
        double sq = 0;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                double l = Math.log(v);
                n++;
                sum += l;
                sq += l * l;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
    }

    /** The larger of two spreads, either of which may be NaN. */
    public static double larger(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static boolean rate(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
        return u.endsWith("/sec") || u.endsWith("/s") || u.endsWith("persecond") || u.equals("ops") || u.equals("hz");
    }

    private static double finite(double v) {
        return Double.isFinite(v) && v >= 0 ? v : Double.NaN;
    }
}
