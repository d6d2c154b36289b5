package dev.strata.flame;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A differential flamegraph of before vs after. Widths come from after (from before when
 * negated, so code that went away stays visible); colour from the change in each frame's self
 * samples, as a share of each side's total (or in raw counts): red where after spends more,
 * blue where it spends less, deeper for larger changes. Tooltips give both sides and the change.
 */
public final class DiffFlameGraph {

    static final int BEFORE = 0;
    static final int AFTER = 1;

    private DiffFlameGraph() {
    }

    /** Renders two separately read profiles. */
    public static void render(FoldedStacks before, FoldedStacks after, FlameOptions options, OutputStream out)
            throws IOException {
        render(FoldedStacks.pair(before, after), options, out);
    }

    /** Renders a two-column tree: column 0 before, column 1 after. */
    public static void render(FoldedStacks pair, FlameOptions options, OutputStream out) throws IOException {
        if (pair.columns() != 2) {
            throw new IllegalArgumentException("a differential flamegraph needs a before and an after column");
        }
        int widthColumn = options.negate() ? BEFORE : AFTER;
        FrameLayout layout = FrameLayout.of(pair, widthColumn, options.minWidthPercent() / 100);
        double beforeTotal = layout.grandTotal(BEFORE);
        double afterTotal = layout.grandTotal(AFTER);
        boolean raw = options.rawCounts();
        double[] delta = new double[layout.count];
        double maxAbs = 0;
        for (int f = 0; f < layout.count; f++) {
            int node = layout.node[f];
            double b = pair.selfSamples(BEFORE, node);
            double a = pair.selfSamples(AFTER, node);
            delta[f] = raw ? a - b : share(a, afterTotal) - share(b, beforeTotal);
            maxAbs = Math.max(maxAbs, Math.abs(delta[f]));
        }
        double max = maxAbs;
        String unit = options.unit();
        FrameStyle style = new FrameStyle() {
            @Override
            public int fill(int frame) {
                return color(max == 0 ? 0 : delta[frame] / max);
            }

            @Override
            public String details(int frame) {
                int node = layout.node[frame];
                double b = layout.total(BEFORE, frame);
                double a = layout.total(AFTER, frame);
                double sb = pair.selfSamples(BEFORE, node);
                double sa = pair.selfSamples(AFTER, node);
                StringBuilder t = new StringBuilder(120);
                t.append("before: ").append(Numbers.samples(b)).append(' ').append(unit).append(" (")
                        .append(Numbers.percent(b, beforeTotal)).append("%)\nafter: ").append(Numbers.samples(a))
                        .append(' ').append(unit).append(" (").append(Numbers.percent(a, afterTotal))
                        .append("%)\nself: ").append(Numbers.samples(sb)).append(" -> ").append(Numbers.samples(sa))
                        .append(", change ");
                if (raw) {
                    t.append(sa - sb >= 0 ? '+' : '-').append(Numbers.samples(Math.abs(sa - sb))).append(' ').append(unit);
                } else {
                    t.append(Numbers.signed(100 * delta[frame])).append(" percentage points");
                }
                return t.toString();
            }
        };
        String title = options.negate() ? "Differential Flame Graph (widths from before)" : "Differential Flame Graph";
        FlameSvg.write(layout, options, style, title, FlameGraph.note(layout, options, unit)
                .concat(" · red: more in after, blue: less"), out);
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** -1 (deep blue) .. 0 (pale grey) .. +1 (deep red). */
    static int color(double change) {
        double i = Math.min(1, Math.abs(change));
        int strong = 255;
        int weak = (int) Math.round(230 - 190 * i);
        if (change > 0) {
            return strong << 16 | weak << 8 | weak;
        }
        if (change < 0) {
            return weak << 16 | weak << 8 | strong;
        }
        return 230 << 16 | 230 << 8 | 230;
    }
}
