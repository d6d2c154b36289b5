package dev.strata.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.output.OutputFormat;
import dev.strata.series.Point;

import java.io.UncheckedIOException;
import java.util.Map;

/** {@code strata detect --format json} ({@code strata.changepoints/1}): change points, then environment events. */
final class DetectJson implements OutputFormat.Whole<Detection> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String text(Detection d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "strata.changepoints/1");
        Map<ChangePoint, EnvironmentEvent> events = d.eventOf();
        ArrayNode list = root.putArray("changePoints");
        for (ChangePoint cp : d.changePoints()) {
            ObjectNode o = list.addObject();
            o.put("process", cp.key().process());
            o.put("metric", cp.key().metric());
            o.put("host", cp.key().hostId());
            o.put("unit", cp.metric().unit());
            o.put("better", cp.metric().better().json());
            o.put("direction", cp.direction().label());
            put(o, "ratio", cp.ratio());
            put(o, "confidence", cp.confidence());
            put(o, "noise", cp.noise());
            o.put("method", cp.method());
            o.put("status", cp.status());
            EnvironmentEvent e = events.get(cp);
            if (e == null) {
                o.putNull("event");
            } else {
                o.put("event", e.id());
            }
            point(o.putObject("lastGood"), cp.lastGood());
            point(o.putObject("firstBad"), cp.firstBad());
        }
        ArrayNode evs = root.putArray("environmentEvents");
        for (EnvironmentEvent e : d.events()) {
            ObjectNode o = evs.addObject();
            o.put("id", e.id());
            o.put("host", e.hostId());
            o.put("sha", e.sha());
            o.put("commitTime", e.commitTime().toString());
            o.put("seriesStepped", e.members().size());
            o.put("seriesAtCommit", e.ofSeries());
            o.put("regressions", e.regressions());
            o.put("improvements", e.improvements());
            ArrayNode members = o.putArray("series");
            for (ChangePoint cp : e.members()) {
                ObjectNode m = members.addObject();
                m.put("process", cp.key().process());
                m.put("metric", cp.key().metric());
                m.put("direction", cp.direction().label());
                put(m, "ratio", cp.ratio());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void point(ObjectNode o, Point p) {
        o.put("sha", p.sha());
        o.put("commitTime", p.commitTime().toString());
        put(o, "median", p.median());
        o.put("runs", p.n());
        ArrayNode paths = o.putArray("runPaths");
        p.runPaths().forEach(paths::add);
    }

    private static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, new java.math.BigDecimal(DetectFormats.num(v)));
        } else {
            o.putNull(key);
        }
    }
}
