package dev.strata.suite;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** What {@code defaults:} may set for every process of a suite; a process overrides key by key. */
public record Settings(
        @JsonProperty("repetitions") Integer repetitions,
        @JsonProperty("warmups") Integer warmups,
        @JsonProperty("timeout") String timeout,
        @JsonProperty("cwd") String cwd,
        @JsonProperty("env") Map<String, String> env,
        @JsonProperty("params") Map<String, List<Object>> params,
        @JsonProperty("profile") List<String> profile,
        @JsonProperty("profile-on") String profileOn,
        @JsonProperty("libs") List<String> libs,
        @JsonProperty("language") String language) {

    public static final Settings EMPTY = new Settings(null, null, null, null, null, null, null, null, null, null);
}
