package dev.strata.series;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.strata.format.IsoInstants;
import dev.strata.record.Better;
import dev.strata.record.Repetition;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of a run.json as {@link SummaryParser} streams them: each reader takes the token it is
 * on and gives the value as the records' data binding would, or throws {@link Unusual} for a shape
 * only that binding should decide (a number where text belongs, a nested parameter, an offset time).
 */
final class RecordTokens {

    /** This record needs the general reader. */
    static final class Unusual extends Exception {
        Unusual() {
            super(null, null, false, false);
        }
    }

    static final Unusual UNUSUAL = new Unusual();

    private RecordTokens() {
    }

    /** True on an object to read; false on null; anything else is unusual. */
    static boolean object(JsonParser p, JsonToken t) throws Unusual {
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw UNUSUAL;
    }

    static String text(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw UNUSUAL;
    }

    static Boolean bool(JsonToken t) throws Unusual {
        return switch (t) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw UNUSUAL;
        };
    }

    static Integer integer(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        throw UNUSUAL;
    }

    static Long longValue(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        throw UNUSUAL;
    }

    static Double number(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getDoubleValue();
        }
        throw UNUSUAL;
    }

    static Instant instant(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw UNUSUAL;
        }
        String s = p.getText();
        // the collector writes ...Z; anything else (offsets, blanks) is left to the general reader
        if (s.isEmpty() || s.charAt(s.length() - 1) != 'Z') {
            throw UNUSUAL;
        }
        try {
            return IsoInstants.parse(s);
        } catch (java.time.DateTimeException e) {
            throw UNUSUAL;
        }
    }

    /** Scalars only, ints as Long as the records' reader gives them; nested values go the general way. */
    static Map<String, Object> params(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (!object(p, t)) {
            return null;
        }
        Map<String, Object> out = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            JsonToken v = p.nextToken();
            out.put(k, switch (v) {
                case VALUE_STRING -> p.getText();
                case VALUE_NUMBER_INT -> longValue(p, v);
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> throw UNUSUAL;
            });
        }
        return out;
    }

    static Repetition repetition(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (!object(p, t)) {
            return null;
        }
        String batch = null;
        Integer index = null;
        Integer of = null;
        Boolean warmup = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            switch (f) {
                case "batch" -> batch = text(p, v);
                case "index" -> index = integer(p, v);
                case "of" -> of = integer(p, v);
                case "warmup" -> warmup = bool(v);
                default -> p.skipChildren();
            }
        }
        return new Repetition(batch, index, of, warmup);
    }

    /** Per name: {value, unit, better}, or null for a metric given as null; document order. */
    static Map<String, Object[]> custom(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (!object(p, t)) {
            return null;
        }
        Map<String, Object[]> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (!object(p, v)) {
                out.put(name, null);
                continue;
            }
            Object[] c = {0.0, null, null};
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken w = p.nextToken();
                switch (f) {
                    case "value" -> {
                        Double d = number(p, w);
                        c[0] = d == null ? 0.0 : d;
                    }
                    case "unit" -> c[1] = text(p, w);
                    case "better" -> {
                        String b = text(p, w);
                        c[2] = b == null ? null : Better.parse(b);
                    }
                    default -> p.skipChildren();
                }
            }
            out.put(name, c);
        }
        return out;
    }

    static List<ProfileRef> profiles(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw UNUSUAL;
        }
        List<ProfileRef> out = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            if (!object(p, e)) {
                continue;
            }
            String profiler = null, kind = null, format = null, file = null, flamegraph = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                    case "profiler" -> profiler = text(p, v);
                    case "kind" -> kind = text(p, v);
                    case "format" -> format = text(p, v);
                    case "file" -> file = text(p, v);
                    case "flamegraph" -> flamegraph = text(p, v);
                    default -> p.skipChildren();
                }
            }
            out.add(new ProfileRef(profiler, kind, format, file, flamegraph));
        }
        return out;
    }

    /** The number of warnings (a list of texts). */
    static int count(JsonParser p, JsonToken t) throws IOException, Unusual {
        if (t == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (t != JsonToken.START_ARRAY) {
            throw UNUSUAL;
        }
        int n = 0;
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            if (e == JsonToken.START_OBJECT || e == JsonToken.START_ARRAY) {
                throw UNUSUAL;
            }
            n++;
        }
        return n;
    }
}
