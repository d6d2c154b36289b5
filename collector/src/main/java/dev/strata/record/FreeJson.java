package dev.strata.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The free-form parts of a record (parameters, environment maps, user data) written as the object
 * mapper writes them: maps in their order, nulls inside written, each number as its own type.
 */
final class FreeJson {

    private FreeJson() {
    }

    static String key(Object k) {
        if (k == null) {
            throw new IllegalArgumentException("a map in a run record has a null key");
        }
        return k.toString();
    }

    /** A value of free shape: user parameters, environment maps, lists. */
    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Number n) {
            numberValue(g, n);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(key(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof JsonNode n) {
            node(g, n);
        } else {
            RunJson.mapper().writeValue(g, v); // a type no record holds today: the mapper knows how it was written
        }
    }

    private static void numberValue(JsonGenerator g, Number n) throws IOException {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            g.writeNumber(n.intValue());
        } else if (n instanceof Long l) {
            g.writeNumber(l);
        } else if (n instanceof Double d) {
            g.writeNumber(d);
        } else if (n instanceof Float f) {
            g.writeNumber(f);
        } else if (n instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (n instanceof BigInteger i) {
            g.writeNumber(i);
        } else {
            g.writeNumber(n.toString());
        }
    }

    static void node(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    g.writeFieldName(e.getKey());
                    node(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode e : n) {
                    node(g, e);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case NUMBER -> {
                switch (n.numberType()) {
                    case INT -> g.writeNumber(n.intValue());
                    case LONG -> g.writeNumber(n.longValue());
                    case FLOAT -> g.writeNumber(n.floatValue());
                    case DOUBLE -> g.writeNumber(n.doubleValue());
                    case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
                    case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL, MISSING -> g.writeNull();
            case BINARY -> g.writeBinary(n.binaryValue());
            case POJO -> value(g, ((POJONode) n).getPojo());
        }
    }
}
