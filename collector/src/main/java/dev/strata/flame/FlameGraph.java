package dev.strata.flame;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders folded stacks as an interactive flamegraph (or icicle graph) SVG:
 * {@code FlameGraph.render(FoldedStacks.read(in, "cpu.folded", false), FlameOptions.defaults(), out)}.
 */
public final class FlameGraph {

    private FlameGraph() {
    }

    /** Renders column 0 of {@code stacks}. */
    public static void render(FoldedStacks stacks, FlameOptions options, OutputStream out) throws IOException {
        FrameLayout layout = FrameLayout.of(stacks, 0, options.minWidthPercent() / 100);
        Palette palette = options.palette() != null ? options.palette() : Palette.guess(stacks);
        double total = layout.grandTotal(0);
        String unit = options.unit();
        FrameStyle style = new FrameStyle() {
            @Override
            public int fill(int frame) {
                return frame == 0 ? 0xD8D8D0 : palette.rgb(stacks.frameName(layout.node[frame]));
            }

            @Override
            public String details(int frame) {
                double w = layout.width(frame);
                return new StringBuilder(40).append(Numbers.samples(w)).append(' ').append(unit).append(" (")
                        .append(Numbers.percent(w, total)).append("%)").toString();
            }
        };
        String title = options.icicle() ? "Icicle Graph" : "Flame Graph";
        FlameSvg.write(layout, options, style, title, note(layout, options, unit), out);
    }

    static String note(FrameLayout layout, FlameOptions options, String unit) {
        double total = layout.grandTotal(layout.widthColumn);
        StringBuilder t = new StringBuilder(120).append(Numbers.samples(total)).append(' ').append(unit);
        if (layout.prunedFrames > 0) {
            t.append("; ").append(Numbers.samples(layout.prunedSamples)).append(" (")
                    .append(Numbers.percent(layout.prunedSamples, total)).append("%) in ")
                    .append(Numbers.samples(layout.prunedFrames)).append(" frames narrower than ")
                    .append(Numbers.samples(options.minWidthPercent())).append("% not drawn");
        }
        return t.toString();
    }
}
