package dev.strata.suite;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A suite file: the workloads a release is measured by, each run several times and over a sweep of
 * parameters. Read by {@link SuiteReader}, checked by {@link SuiteValidator}; {@code defaults} apply
 * to every process that does not set the same key itself.
 */
public record Suite(
        @JsonProperty("name") String name,
        @JsonProperty("tag") String tag,
        @JsonProperty("description") String description,
        @JsonProperty("defaults") Settings defaults,
        @JsonProperty("processes") List<SuiteProcess> processes) {

    public Suite {
        defaults = defaults == null ? Settings.EMPTY : defaults;
        processes = processes == null ? List.of() : processes;
    }
}
