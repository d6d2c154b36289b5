package dev.strata.profilers;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.strata.flame.FoldedStacks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folded stacks as a speedscope file (one "sampled" profile; each distinct stack is one sample
 * weighted by its count), which speedscope and the Firefox Profiler open directly.
 */
public final class FoldedToSpeedscope {

    private FoldedToSpeedscope() {
    }

    /** {@code unit}: "bytes" for memory profiles, else counts ("none" in speedscope's words). */
    public static void write(FoldedStacks stacks, String name, String unit, OutputStream out) throws IOException {
        int n = stacks.nodeCount();
        int[] frameOf = new int[n];
        Map<String, Integer> frames = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int node = 1; node < n; node++) {
            String f = stacks.frameName(node);
            Integer id = frames.get(f);
            if (id == null) {
                id = names.size();
                frames.put(f, id);
                names.add(f);
            }
            frameOf[node] = id;
        }
        double total = stacks.totalSamples(0);
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://www.speedscope.app/file-format-schema.json");
            g.writeStringField("name", name);
            g.writeStringField("exporter", "strata");
            g.writeNumberField("activeProfileIndex", 0);
            g.writeObjectFieldStart("shared");
            g.writeArrayFieldStart("frames");
            for (String f : names) {
                g.writeStartObject();
                g.writeStringField("name", f);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("profiles");
            g.writeStartObject();
            g.writeStringField("type", "sampled");
            g.writeStringField("name", name);
            g.writeStringField("unit", "bytes".equals(unit) ? "bytes" : "none");
            g.writeNumberField("startValue", 0);
            g.writeNumberField("endValue", total);
            g.writeArrayFieldStart("samples");
            List<Double> weights = new ArrayList<>();
            int[] path = new int[256];
            for (int node = 1; node < n; node++) {
                double self = stacks.selfSamples(0, node);
                if (self <= 0) {
                    continue;
                }
                int depth = 0;
                for (int x = node; x != 0; x = stacks.parent(x)) {
                    if (depth == path.length) {
                        path = java.util.Arrays.copyOf(path, depth * 2);
                    }
                    path[depth++] = frameOf[x];
                }
                g.writeStartArray();
                for (int i = depth - 1; i >= 0; i--) {
                    g.writeNumber(path[i]);
                }
                g.writeEndArray();
                weights.add(self);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("weights");
            for (double w : weights) {
                if (w == Math.rint(w)) {
                    g.writeNumber((long) w);
                } else {
                    g.writeNumber(w);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
