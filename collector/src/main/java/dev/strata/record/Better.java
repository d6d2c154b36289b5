package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Which direction of a metric is an improvement. */
public enum Better {
    LOWER, HIGHER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Better parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
