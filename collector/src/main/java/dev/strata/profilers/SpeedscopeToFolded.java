package dev.strata.profilers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.flame.FoldedStacks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A speedscope file as folded stacks: every profile of it, "sampled" (stacks of frame indexes
 * with weights) or "evented" (open and close events, weighted by the time between them). Several
 * profiles (threads, processes) each sit under a frame named after the profile.
 */
public final class SpeedscopeToFolded {

    private SpeedscopeToFolded() {
    }

    public static FoldedStacks convert(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("shared").path("frames").isArray() || !root.path("profiles").isArray()) {
            throw new IOException("not a speedscope file: no shared.frames and profiles");
        }
        List<String> frames = new ArrayList<>();
        for (JsonNode f : root.path("shared").path("frames")) {
            frames.add(f.path("name").asText("[unknown]").replace(';', ':'));
        }
        FoldedStacks stacks = new FoldedStacks(1);
        JsonNode profiles = root.path("profiles");
        for (JsonNode p : profiles) {
            String top = profiles.size() > 1 ? p.path("name").asText("profile") : null;
            switch (p.path("type").asText()) {
                case "sampled" -> sampled(p, frames, top, stacks);
                case "evented" -> evented(p, frames, top, stacks);
                default -> throw new IOException("unknown speedscope profile type '" + p.path("type").asText() + "'");
            }
        }
        return stacks;
    }

    private static void sampled(JsonNode p, List<String> frames, String top, FoldedStacks out) throws IOException {
        JsonNode samples = p.path("samples");
        JsonNode weights = p.path("weights");
        for (int i = 0; i < samples.size(); i++) {
            List<String> stack = new ArrayList<>();
            if (top != null) {
                stack.add(top);
            }
            for (JsonNode idx : samples.get(i)) {
                stack.add(frame(frames, idx.asInt(-1)));
            }
            double w = weights.isArray() && i < weights.size() ? weights.get(i).asDouble() : 1;
            if (w > 0) {
                out.add(0, stack, w);
            }
        }
    }

    private static void evented(JsonNode p, List<String> frames, String top, FoldedStacks out) throws IOException {
        List<String> open = new ArrayList<>();
        if (top != null) {
            open.add(top);
        }
        int base = open.size();
        double last = p.path("startValue").asDouble();
        for (JsonNode e : p.path("events")) {
            double at = e.path("at").asDouble();
            if (at > last && open.size() > base) {
                out.add(0, new ArrayList<>(open), at - last);
            }
            last = Math.max(last, at);
            String name = frame(frames, e.path("frame").asInt(-1));
            if ("O".equals(e.path("type").asText())) {
                open.add(name);
            } else if ("C".equals(e.path("type").asText())) {
                if (open.size() <= base || !open.get(open.size() - 1).equals(name)) {
                    throw new IOException("speedscope events close '" + name + "' which is not the open frame");
                }
                open.remove(open.size() - 1);
            }
        }
    }

    private static String frame(List<String> frames, int i) throws IOException {
        if (i < 0 || i >= frames.size()) {
            throw new IOException("speedscope sample refers to frame " + i + " of " + frames.size());
        }
        return frames.get(i);
    }
}
