package dev.strata.flame;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A rendered SVG parsed back as XML (which fails if it is not well-formed) and read as frames. */
final class SvgFrames {

    record Frame(String name, String tooltip, double x, double w, int depth, String fill, String label, double rectWidthPx) {
    }

    final Document doc;
    final List<Frame> frames = new ArrayList<>();
    final double total;

    private SvgFrames(Document doc) {
        this.doc = doc;
        Element svg = doc.getDocumentElement();
        total = Double.parseDouble(svg.getAttribute("data-total"));
        double y0 = Double.parseDouble(svg.getAttribute("data-y0"));
        double dir = Double.parseDouble(svg.getAttribute("data-dir"));
        double fh = Double.parseDouble(svg.getAttribute("data-fh"));
        NodeList gs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (!g.hasAttribute("data-x")) {
                continue;
            }
            String tooltip = g.getElementsByTagNameNS("*", "title").item(0).getTextContent();
            Element rect = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
            NodeList texts = g.getElementsByTagNameNS("*", "text");
            int depth = (int) Math.round((Double.parseDouble(rect.getAttribute("y")) - y0) / (dir * fh));
            frames.add(new Frame(tooltip.substring(0, tooltip.indexOf('\n')), tooltip,
                    Double.parseDouble(g.getAttribute("data-x")), Double.parseDouble(g.getAttribute("data-w")), depth,
                    rect.getAttribute("fill"), texts.getLength() == 0 ? "" : texts.item(0).getTextContent(),
                    Double.parseDouble(rect.getAttribute("width"))));
        }
    }

    static SvgFrames parse(byte[] svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new SvgFrames(f.newDocumentBuilder().parse(new ByteArrayInputStream(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static byte[] render(FoldedStacks s, FlameOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlameGraph.render(s, o, out);
        return out.toByteArray();
    }

    static byte[] renderDiff(FoldedStacks pair, FlameOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiffFlameGraph.render(pair, o, out);
        return out.toByteArray();
    }

    String text(String cssClass) {
        NodeList ts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < ts.getLength(); i++) {
            Element t = (Element) ts.item(i);
            if ((" " + t.getAttribute("class") + " ").contains(" " + cssClass + " ")) {
                return t.getTextContent();
            }
        }
        return null;
    }
}
