package dev.strata.suite;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;
import java.util.Map;

/**
 * One workload of a suite. {@code command}, {@code setup} and {@code teardown} are a list of words
 * or one string split like a shell splits words; {@code {name}} in them (and in cwd and env values)
 * is replaced by the value of parameter {@code name} at each point of the sweep. {@code meta-file}
 * names a JSON file the workload leaves behind (e.g. a TileDB stats dump), kept as the run's user data.
 */
public record SuiteProcess(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("language") String language,
        @JsonProperty("task") String task,
        @JsonProperty("command") @JsonDeserialize(using = Words.Deserializer.class) Words command,
        @JsonProperty("cwd") String cwd,
        @JsonProperty("env") Map<String, String> env,
        @JsonProperty("params") Map<String, List<Object>> params,
        @JsonProperty("repetitions") Integer repetitions,
        @JsonProperty("warmups") Integer warmups,
        @JsonProperty("timeout") String timeout,
        @JsonProperty("setup") @JsonDeserialize(using = Words.Deserializer.class) Words setup,
        @JsonProperty("teardown") @JsonDeserialize(using = Words.Deserializer.class) Words teardown,
        @JsonProperty("profile") List<String> profile,
        @JsonProperty("profile-on") String profileOn,
        @JsonProperty("libs") List<String> libs,
        @JsonProperty("meta-file") String metaFile) {
}
