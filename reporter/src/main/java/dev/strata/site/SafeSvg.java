package dev.strata.site;

import dev.strata.flame.FlameGraph;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An SVG from the store as the site may serve it: the site's origin is shared by every page, so a
 * picture must not run script there when someone opens it on its own. Only drawing elements and
 * their presentation attributes pass; event handlers, links, {@code foreignObject}, animation,
 * external references and every script go, except the flamegraph engine's own script, which passes
 * when it is byte for byte the one this strata ships (so strata's own flamegraphs keep zoom and search).
 */
final class SafeSvg {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "rect", "text", "tspan", "title", "desc", "path",
            "line", "polyline", "polygon", "circle", "ellipse", "defs", "lineargradient", "radialgradient", "stop",
            "clippath", "style", "script", "metadata");
    private static final String ENGINE_SCRIPT = resource("flame.js");
    private static final String ENGINE_STYLE = resource("flame.css");

    private SafeSvg() {
    }

    /** The cleaned SVG, or empty when the bytes are no well-formed SVG at all. */
    static Optional<byte[]> clean(byte[] svg) {
        XMLInputFactory in = XMLInputFactory.newFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        in.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        in.setProperty(XMLInputFactory.IS_COALESCING, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(svg.length);
        try {
            XMLStreamReader r = in.createXMLStreamReader(new ByteArrayInputStream(svg));
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            int dropping = 0;
            boolean sawRoot = false;
            String kept = null;
            StringBuilder scriptOrStyle = null;
            while (r.hasNext()) {
                int e = r.next();
                if (dropping > 0) {
                    dropping += e == XMLStreamConstants.START_ELEMENT ? 1 : e == XMLStreamConstants.END_ELEMENT ? -1 : 0;
                    continue;
                }
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName().toLowerCase(Locale.ROOT);
                        if (!sawRoot && !name.equals("svg")) {
                            return Optional.empty();
                        }
                        if (!SVG_NS.equals(r.getNamespaceURI()) || !ELEMENTS.contains(name)) {
                            dropping = 1;
                            continue;
                        }
                        w.writeStartElement(r.getLocalName());
                        if (!sawRoot) {
                            w.writeDefaultNamespace(SVG_NS);
                            sawRoot = true;
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ns = r.getAttributeNamespace(i);
                            String a = r.getAttributeLocalName(i);
                            String v = r.getAttributeValue(i);
                            if ((ns == null || ns.isEmpty()) && safeAttribute(a, v)) {
                                w.writeAttribute(a, v);
                            }
                        }
                        if (name.equals("script") || name.equals("style")) {
                            kept = name;
                            scriptOrStyle = new StringBuilder();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (kept != null) {
                            writeScriptOrStyle(w, kept, scriptOrStyle.toString());
                            kept = null;
                        }
                        w.writeEndElement();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (kept != null) {
                            scriptOrStyle.append(r.getText());
                        } else if (sawRoot) {
                            w.writeCharacters(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions, entity references: nothing a picture needs
                    }
                }
            }
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            return sawRoot ? Optional.of(bytes.toByteArray()) : Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void writeScriptOrStyle(XMLStreamWriter w, String element, String body) throws XMLStreamException {
        String trimmed = body.strip();
        if (element.equals("script")) {
            if (trimmed.equals(ENGINE_SCRIPT.strip())) {
                w.writeCData("\n" + ENGINE_SCRIPT);
            }
        } else if (trimmed.equals(ENGINE_STYLE.strip()) || plainCss(trimmed)) {
            w.writeCharacters(body);
        }
    }

    /** CSS that can fetch nothing and run nothing: no url(), @import, escapes or legacy expressions. */
    private static boolean plainCss(String css) {
        String c = css.toLowerCase(Locale.ROOT);
        return !c.contains("url(") && !c.contains("@import") && !c.contains("\\") && !c.contains("expression")
                && !c.contains("javascript:") && !c.contains("behavior") && !c.contains("-moz-binding");
    }

    private static boolean safeAttribute(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        if (n.startsWith("on") || n.equals("href") || n.equals("src") || n.equals("action") || n.equals("formaction")) {
            return false;
        }
        if (v.contains("javascript:") || v.contains("data:") || v.contains("vbscript:")) {
            return false;
        }
        // url(#gradient) points inside the picture; any other url() fetches from elsewhere
        return !v.replace("url(#", "").contains("url(");
    }

    private static String resource(String name) {
        try (InputStream s = FlameGraph.class.getResourceAsStream(name)) {
            if (s == null) {
                throw new IllegalStateException("missing resource " + name + " of the flamegraph engine");
            }
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
