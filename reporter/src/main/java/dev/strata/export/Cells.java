package dev.strata.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strata.format.IsoInstants;
import dev.strata.record.RunJson;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Text of one cell. Never depends on the machine's locale: plain digits with a '.' decimal point
 * and no grouping, times as ISO-8601 UTC, booleans as true/false, missing values empty.
 */
public final class Cells {

    private Cells() {
    }

    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Float f) {
            return number(f.doubleValue());
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v.toString();
        }
        if (v instanceof Instant i) {
            return IsoInstants.format(i);
        }
        if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
            try {
                return RunJson.mapper().writer().without(
                        com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(v);
            } catch (JsonProcessingException e) {
                return v.toString();
            }
        }
        return v.toString();
    }

    /** The shortest decimal that reads back as the same double, without exponent or trailing zeros. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String shortest = Double.toString(d);
        // without an exponent, the shortest form is already plain and has no trailing zeros
        if (shortest.indexOf('E') < 0) {
            return shortest;
        }
        return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }
}
