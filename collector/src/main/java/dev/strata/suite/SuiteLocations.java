package dev.strata.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and value of a YAML document is, by JSON pointer ({@code /processes/2/command}),
 * so checks made on the typed suite can still name a line and column. Built from a token pass of
 * the same parser Jackson binds with, so positions agree with Jackson's own errors.
 */
final class SuiteLocations {

    record Pos(int line, int column) {
        static Pos of(JsonLocation l) {
            return new Pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
    }

    private final Map<String, Pos> values = new HashMap<>();
    private final Map<String, Pos> keys = new java.util.LinkedHashMap<>();
    private final Map<Pos, Pos> keyOfValue = new HashMap<>();
    private final Map<String, JsonToken> tokens = new HashMap<>();

    private com.fasterxml.jackson.core.JsonProcessingException syntaxError;

    /** Indexes what parses; a syntax error (or a duplicate key) ends the pass and is kept. */
    static SuiteLocations index(YAMLFactory factory, String text) {
        SuiteLocations idx = new SuiteLocations();
        try (JsonParser p = factory.createParser(text)) {
            idx.walk(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            idx.syntaxError = e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return idx;
    }

    /** The YAML syntax error that stopped the pass, or null. */
    com.fasterxml.jackson.core.JsonProcessingException syntaxError() {
        return syntaxError;
    }

    /** Every key's pointer and place, in file order. */
    Map<String, Pos> keys() {
        return keys;
    }

    private void walk(JsonParser p) throws IOException {
        Deque<Object[]> stack = new ArrayDeque<>(); // {pointer, nextIndex or null for a mapping}
        String pendingKey = null;
        Pos pendingKeyPos = null;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME) {
                pendingKey = p.currentName();
                pendingKeyPos = Pos.of(p.currentTokenLocation());
                keys.put(stack.peek()[0] + "/" + escape(pendingKey), pendingKeyPos);
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            String pointer;
            Object[] parent = stack.peek();
            if (parent == null) {
                pointer = "";
            } else if (parent[1] != null) {
                int i = (Integer) parent[1];
                parent[1] = i + 1;
                pointer = parent[0] + "/" + i;
            } else {
                pointer = parent[0] + "/" + escape(pendingKey);
            }
            Pos at = Pos.of(p.currentTokenLocation());
            values.put(pointer, at);
            tokens.put(pointer, t);
            if (parent != null && parent[1] == null && pendingKeyPos != null) {
                keyOfValue.put(at, pendingKeyPos);
            }
            if (t == JsonToken.START_OBJECT) {
                stack.push(new Object[]{pointer, null});
            } else if (t == JsonToken.START_ARRAY) {
                stack.push(new Object[]{pointer, 0});
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The key's place if the pointer names a key, else the value's, else the nearest enclosing one's. */
    Pos keyOrValue(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Pos k = keys.get(p);
            if (k != null) {
                return k;
            }
            Pos v = values.get(p);
            if (v != null) {
                return v;
            }
            if (p.isEmpty()) {
                return new Pos(1, 1);
            }
        }
    }

    /** The value's place (falling back to its key, then to the enclosing node). */
    Pos value(String pointer) {
        Pos v = values.get(pointer);
        return v != null ? v : keyOrValue(pointer);
    }

    /** The first token of the value at the pointer (null when unknown). */
    JsonToken token(String pointer) {
        return tokens.get(pointer);
    }

    /** The key whose value starts at {@code valueAt}, or {@code valueAt} itself. */
    Pos keyOf(Pos valueAt) {
        return keyOfValue.getOrDefault(valueAt, valueAt);
    }
}
