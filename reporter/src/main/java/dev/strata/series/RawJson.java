package dev.strata.series;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.strata.record.RunJson;

/**
 * A parameter value that is an object or an array, kept as its compact JSON text: summaries stay
 * flat, and a CSV cell or a JSON export writes exactly this text.
 */
public record RawJson(String json) {

    static RawJson of(Object value) {
        try {
            return new RawJson(RunJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return new RawJson(String.valueOf(value));
        }
    }

    @Override
    public String toString() {
        return json;
    }
}
