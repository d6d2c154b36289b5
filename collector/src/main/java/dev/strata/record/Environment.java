package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** Runtimes, library versions and allow-listed variables in force during the run. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Environment(Map<String, String> runtimes, Map<String, String> libraries,
                          Map<String, String> variables) {
}
