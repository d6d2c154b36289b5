package dev.strata.cli.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A GitHub Actions workflow (or a composite action) as parsed YAML, with the matrix expanded as GitHub does. */
record Workflow(JsonNode root) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Workflow read(Path file) throws IOException {
        return new Workflow(YAML.readTree(file.toFile()));
    }

    JsonNode job(String id) {
        JsonNode j = root.path("jobs").path(id);
        if (j.isMissingNode()) {
            throw new IllegalStateException("the workflow has no job '" + id + "'");
        }
        return j;
    }

    /** Every combination of the job's matrix: the product of its lists, then each include merged in. */
    static List<Map<String, String>> matrix(JsonNode job) {
        JsonNode m = job.path("strategy").path("matrix");
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> axis = it.next();
            if (axis.getKey().equals("include") || axis.getKey().equals("exclude")) {
                continue;
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (JsonNode v : axis.getValue()) {
                    Map<String, String> n = new LinkedHashMap<>(c);
                    n.put(axis.getKey(), v.asText());
                    next.add(n);
                }
            }
            combos = next;
        }
        for (JsonNode inc : m.path("include")) {
            boolean merged = false;
            for (Map<String, String> c : combos) {
                boolean matches = true;
                for (Iterator<Map.Entry<String, JsonNode>> it = inc.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (c.containsKey(e.getKey()) && m.has(e.getKey()) && !c.get(e.getKey()).equals(e.getValue().asText())) {
                        matches = false;
                    }
                }
                if (matches) {
                    inc.fields().forEachRemaining(e -> c.putIfAbsent(e.getKey(), e.getValue().asText()));
                    merged = true;
                }
            }
            if (!merged) {
                Map<String, String> n = new LinkedHashMap<>();
                inc.fields().forEachRemaining(e -> n.put(e.getKey(), e.getValue().asText()));
                combos.add(n);
            }
        }
        return combos;
    }

    /** A mapping node's fields as strings (env:, with:), unevaluated. */
    static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
                    : e.getValue().toString()));
        }
        return out;
    }
}
