package dev.strata.suite;

import com.fasterxml.jackson.core.JsonToken;

import java.util.List;
import java.util.Map;

/** Names of YAML values and Java targets in the words a suite's author uses. */
final class Types {

    private Types() {
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "a mapping";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "nothing";
            default -> "a value";
        };
    }

    static String expected(Class<?> target) {
        if (target == null) {
            return "another value";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "a mapping";
        }
        if (target == Words.class) {
            return "a command (a string or a list of words)";
        }
        return "a " + target.getSimpleName();
    }
}
