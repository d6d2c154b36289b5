package dev.strata.flame;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a laid-out tree as one self-contained SVG: the frames as plain rect/text elements (so it
 * reads as a picture in an {@code <img>} too), tooltips as {@code <title>}, and an embedded
 * script and style that add zoom, search and hover details when it is opened on its own, in an
 * {@code <object>} or inline in a page. The script finds its own {@code <svg>} and the style is
 * scoped to the {@code strata-flame} class, so several graphs can share a page. Frame names are
 * only ever written as escaped character data.
 */
final class FlameSvg {

    static final int WIDTH = 1200;
    static final int PAD = 10;
    static final int FRAME_HEIGHT = 16;
    static final double CHAR_WIDTH = 12 * 0.59;

    private static final String CSS = resource("flame.css");
    private static final String JS = resource("flame.js");

    private FlameSvg() {
    }

    static void write(FrameLayout layout, FlameOptions options, FrameStyle style, String defaultTitle,
                      String note, OutputStream out) throws IOException {
        double total = layout.grandTotal(layout.widthColumn);
        boolean hasSubtitle = options.subtitle() != null && !options.subtitle().isBlank();
        int top = hasSubtitle ? 60 : 44;
        int bottom = 30;
        int height = top + (layout.maxDepth + 1) * FRAME_HEIGHT + bottom;
        int y0 = options.icicle() ? top : height - bottom - FRAME_HEIGHT;
        int dir = options.icicle() ? 1 : -1;
        double inner = WIDTH - 2 * PAD;
        double scale = total > 0 ? inner / total : 0;

        ByteSink s = new ByteSink(out);
        s.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        s.ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"strata-flame\" width=\"")
                .integer(WIDTH).ascii("\" height=\"").integer(height).ascii("\" viewBox=\"0 0 ").integer(WIDTH)
                .ascii(" ").integer(height).ascii("\" data-total=\"").count(total).ascii("\" data-pad=\"").integer(PAD)
                .ascii("\" data-inner=\"").integer((long) inner).ascii("\" data-y0=\"").integer(y0)
                .ascii("\" data-dir=\"").integer(dir).ascii("\" data-fh=\"").integer(FRAME_HEIGHT)
                .ascii("\" data-charw=\"").fixed(CHAR_WIDTH, 2).ascii("\">\n");
        s.ascii("<style>").ascii(CSS).ascii("</style>\n");
        s.ascii("<rect class=\"sf-bg\" x=\"0\" y=\"0\" width=\"").integer(WIDTH).ascii("\" height=\"").integer(height).ascii("\"/>\n");
        String title = options.title() == null || options.title().isBlank() ? defaultTitle : options.title();
        s.ascii("<text class=\"sf-title\" x=\"").integer(WIDTH / 2).ascii("\" y=\"24\">").text(title).ascii("</text>\n");
        if (hasSubtitle) {
            s.ascii("<text class=\"sf-sub\" x=\"").integer(WIDTH / 2).ascii("\" y=\"44\">").text(options.subtitle()).ascii("</text>\n");
        }
        s.ascii("<text class=\"sf-reset sf-btn sf-hide\" x=\"").integer(PAD).ascii("\" y=\"24\">Reset Zoom</text>\n");
        s.ascii("<text class=\"sf-search sf-btn\" x=\"").integer(WIDTH - PAD).ascii("\" y=\"24\">Search</text>\n");
        s.ascii("<text class=\"sf-note\" x=\"").integer(PAD).ascii("\" y=\"").integer(height - 10).ascii("\">")
                .text(note).ascii("</text>\n");
        s.ascii("<text class=\"sf-matched\" x=\"").integer(WIDTH - PAD).ascii("\" y=\"").integer(height - 10)
                .ascii("\"></text>\n");
        s.ascii("<g class=\"sf-frames\">\n");
        for (int f = 0; f < layout.count; f++) {
            String name = f == 0 ? "all" : displayName(layout.stacks.frameName(layout.node[f]));
            double w = layout.width(f);
            double xpx = PAD + layout.x[f] * scale;
            double wpx = w * scale;
            int y = y0 + dir * layout.depth[f] * FRAME_HEIGHT;
            s.ascii("<g data-x=\"").count(layout.x[f]).ascii("\" data-w=\"").count(w).ascii("\"><title>")
                    .text(name).ascii("\n").text(style.details(f)).ascii("</title><rect x=\"").fixed(xpx, 2)
                    .ascii("\" y=\"").integer(y).ascii("\" width=\"").fixed(wpx, 2).ascii("\" height=\"")
                    .integer(FRAME_HEIGHT - 1).ascii("\" fill=\"").ascii(hex(style.fill(f))).ascii("\"/>");
            String label = label(name, wpx);
            if (!label.isEmpty()) {
                s.ascii("<text x=\"").fixed(xpx + 3, 2).ascii("\" y=\"").integer(y + FRAME_HEIGHT - 4).ascii("\">")
                        .text(label).ascii("</text>");
            }
            s.ascii("</g>\n");
        }
        s.ascii("</g>\n<script><![CDATA[\n").ascii(JS).ascii("]]></script>\n</svg>\n");
        s.flush();
    }

    /** The name as it fits into {@code widthPx}, shortened with ".." (the script does the same). */
    static String label(String name, double widthPx) {
        int fit = (int) ((widthPx - 6) / CHAR_WIDTH);
        if (fit < 3) {
            return "";
        }
        int chars = name.codePointCount(0, name.length());
        if (chars <= fit) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, fit - 2)).concat("..");
    }

    /** A frame name as one line of text (the tooltip's first line is the name). */
    private static String displayName(String name) {
        return name.replace('\n', '\uFFFD').replace('\r', '\uFFFD');
    }

    private static String hex(int rgb) {
        String h = Integer.toHexString(0x1000000 | rgb & 0xFFFFFF);
        return "#".concat(h.substring(1));
    }

    private static String resource(String name) {
        try (InputStream in = FlameSvg.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("]]>") || !StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
                throw new IllegalStateException(name + " must be ASCII without ']]>'");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
