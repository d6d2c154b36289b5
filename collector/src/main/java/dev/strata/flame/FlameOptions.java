package dev.strata.flame;

/**
 * How a flamegraph is drawn. {@code minWidthPercent}: frames with fewer than this share of all
 * samples are not drawn (their samples are counted and the count is shown). {@code palette}
 * null chooses one from the frame names. {@code negate} and {@code rawCounts} only matter for
 * differential flamegraphs.
 */
public record FlameOptions(String title, String subtitle, double minWidthPercent, boolean icicle,
                           Palette palette, boolean negate, boolean rawCounts, String unit) {

    public static final double DEFAULT_MIN_WIDTH_PERCENT = 0.1;

    public FlameOptions {
        if (!(minWidthPercent >= 0 && minWidthPercent <= 100)) {
            throw new IllegalArgumentException("minimum width must be a percentage from 0 to 100, not " + minWidthPercent);
        }
        unit = unit == null || unit.isBlank() ? "samples" : unit;
    }

    public static FlameOptions defaults() {
        return new FlameOptions(null, null, DEFAULT_MIN_WIDTH_PERCENT, false, null, false, false, "samples");
    }

    public FlameOptions withTitle(String t) {
        return new FlameOptions(t, subtitle, minWidthPercent, icicle, palette, negate, rawCounts, unit);
    }

    public FlameOptions withSubtitle(String s) {
        return new FlameOptions(title, s, minWidthPercent, icicle, palette, negate, rawCounts, unit);
    }

    public FlameOptions withMinWidthPercent(double p) {
        return new FlameOptions(title, subtitle, p, icicle, palette, negate, rawCounts, unit);
    }

    public FlameOptions withIcicle(boolean i) {
        return new FlameOptions(title, subtitle, minWidthPercent, i, palette, negate, rawCounts, unit);
    }

    public FlameOptions withPalette(Palette p) {
        return new FlameOptions(title, subtitle, minWidthPercent, icicle, p, negate, rawCounts, unit);
    }

    public FlameOptions withNegate(boolean n) {
        return new FlameOptions(title, subtitle, minWidthPercent, icicle, palette, n, rawCounts, unit);
    }

    public FlameOptions withRawCounts(boolean r) {
        return new FlameOptions(title, subtitle, minWidthPercent, icicle, palette, negate, r, unit);
    }

    public FlameOptions withUnit(String u) {
        return new FlameOptions(title, subtitle, minWidthPercent, icicle, palette, negate, rawCounts, u);
    }
}
