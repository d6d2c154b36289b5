package dev.strata.detect;

import dev.strata.output.Formats;
import dev.strata.output.OutputFormat;
import dev.strata.series.Point;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** The formats of {@code strata detect}: a table for people, CSV and JSON; each is a short class beside this one. */
public final class DetectFormats {

    public static final OutputFormat<Detection> TABLE = new DetectTable();
    public static final OutputFormat<Detection> CSV = new DetectCsv();
    public static final OutputFormat<Detection> JSON = new DetectJson();

    public static final Formats<Detection> ALL = Formats.<Detection>of().add("table", TABLE).add("csv", CSV)
            .add("json", JSON);

    private DetectFormats() {
    }

    static String day(Point p) {
        return p.commitTime().toString().substring(0, 10);
    }

    static String change(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100) : "new";
    }

    /** Six significant digits, plain notation. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
