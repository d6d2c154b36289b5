package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a run ended. */
public enum RunStatus {
    OK, FAILED, TIMEOUT, KILLED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RunStatus parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
