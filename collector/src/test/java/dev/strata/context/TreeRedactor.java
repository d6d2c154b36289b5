package dev.strata.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tree-model redactor the record redactor replaced, kept as the oracle its property test compares with.
 * One pass over a whole run record: every string at any depth goes through {@link SecretRules}
 * (commands with the argv rules), and under a key named like a secret every value is replaced,
 * however deep ({@code {"db": {"password": ...}}}), in user data, parameters and variables alike.
 */
final class TreeRedactor {

    /** Fields that identify the run and are never secrets; rewriting them would break the store's paths. */
    private static final Set<String> IDENTITY = Set.of("schema", "id", "process", "startedAt", "endedAt", "status");

    private TreeRedactor() {
    }

    public static RunRecord redact(RunRecord record) {
        ObjectNode tree = RunJson.mapper().valueToTree(record);
        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            JsonNode v = tree.get(f);
            if (IDENTITY.contains(f)) {
                continue;
            }
            if (f.equals("command") && v.isArray()) {
                tree.set(f, argv((ArrayNode) v));
            } else if (f.equals("processTree") && v.isArray()) {
                for (JsonNode n : v) {
                    if (n.isObject() && n.path("command").isTextual()) {
                        ((ObjectNode) n).put("command", Redactor.redactCommandLine(n.get("command").asText()));
                    }
                }
            } else if (f.equals("customMetrics") && v.isObject()) {
                // keys are metric names (tokens_per_second is no secret) and values are numbers
                List<String> names = new ArrayList<>();
                v.fieldNames().forEachRemaining(names::add);
                names.forEach(k -> ((ObjectNode) v).set(k, walk(v.get(k))));
            } else {
                tree.set(f, walk(v));
            }
        }
        try {
            return RunJson.mapper().treeToValue(tree, RunRecord.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a redacted record no longer reads as a record", e);
        }
    }

    private static ArrayNode argv(ArrayNode in) {
        List<String> args = new ArrayList<>();
        in.forEach(a -> args.add(a.asText()));
        ArrayNode out = in.arrayNode();
        Redactor.redactArgs(args).forEach(out::add);
        return out;
    }

    /** Strings redacted as text; objects key by key; a secret-named key hides everything below it. */
    static JsonNode walk(JsonNode n) {
        if (n.isTextual()) {
            String r = Redactor.redactValue(n.asText());
            return r.equals(n.asText()) ? n : TextNode.valueOf(r);
        }
        if (n.isArray()) {
            ArrayNode out = ((ArrayNode) n).arrayNode();
            n.forEach(e -> out.add(walk(e)));
            return out;
        }
        if (n.isObject()) {
            ObjectNode out = ((ObjectNode) n).objectNode();
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
                String key = Redactor.redactValue(e.getKey());
                out.set(key, SecretNames.isSecret(e.getKey()) ? hidden(e.getValue()) : walk(e.getValue()));
            }
            return out;
        }
        return n;
    }

    /** Everything under a secret-named key: numbers and strings become the mark, structure stays. */
    private static JsonNode hidden(JsonNode n) {
        if (n.isTextual() || n.isNumber()) {
            return TextNode.valueOf(Redactor.REDACTED);
        }
        if (n.isArray()) {
            ArrayNode out = ((ArrayNode) n).arrayNode();
            n.forEach(e -> out.add(hidden(e)));
            return out;
        }
        if (n.isObject()) {
            ObjectNode out = ((ObjectNode) n).objectNode();
            // keys below a secret name were kept as given until a property test found a URL with credentials as one
            n.fields().forEachRemaining(e -> out.set(Redactor.redactValue(e.getKey()), hidden(e.getValue())));
            return out;
        }
        return n;
    }
}
