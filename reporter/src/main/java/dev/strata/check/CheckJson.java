package dev.strata.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.output.OutputFormat;

import java.io.UncheckedIOException;

/** The JSON report of a check ({@code strata.check/1}), for scripts. Raw numbers, no units formatting. */
public final class CheckJson implements OutputFormat.Whole<CheckReport> {

    public static final String SCHEMA = "strata.check/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String text(CheckReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("current", r.current());
        root.put("baseline", r.baseline());
        root.put("alpha", r.alpha());
        root.put("result", r.regressed() ? "regression" : "pass");
        root.put("exitCode", r.exitCode());
        ObjectNode counts = root.putObject("counts");
        for (Verdict v : Verdict.values()) {
            counts.put(v.label(), r.count(v));
        }
        ArrayNode list = root.putArray("comparisons");
        for (Comparison c : r.comparisons()) {
            ObjectNode o = list.addObject();
            o.put("process", c.process());
            o.put("metric", c.metric().name());
            o.put("unit", c.metric().unit());
            o.put("better", c.metric().better().json());
            o.put("verdict", c.verdict().label());
            o.putObject("baseline").put("runs", c.baselineRuns()).put("median", round(c.baselineMedian()));
            o.putObject("current").put("runs", c.currentRuns()).put("median", round(c.currentMedian()));
            number(o, "ratio", c.ratio());
            ArrayNode ci = o.putArray("ratioInterval95");
            add(ci, c.ratioLow());
            add(ci, c.ratioHigh());
            o.put("pWorse", round(c.pWorse()));
            o.put("threshold", c.threshold());
            if (c.note() != null) {
                o.put("note", c.note());
            }
        }
        if (!r.escalations().isEmpty()) {
            ArrayNode esc = root.putArray("escalations");
            for (Escalation e : r.escalations()) {
                ObjectNode o = esc.addObject();
                o.put("process", e.process());
                putIf(o, "profiler", e.profiler());
                putIf(o, "rerun", e.rerun());
                putIf(o, "earlier", e.earlier());
                putIf(o, "diffFlamegraph", e.diff());
                putIf(o, "note", e.note());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIf(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, round(v));
        } else {
            o.putNull(key);
        }
    }

    private static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(round(v));
        } else {
            a.addNull();
        }
    }

    /** Six significant digits: enough to act on, stable across platforms' last-bit differences. */
    static double round(double v) {
        if (v == 0) {
            return 0;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }
}
