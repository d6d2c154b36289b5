package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One language profiler's output attached to a run; paths are relative to the run folder. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Profile(String profiler, String kind, String format, String file, String flamegraph,
                      Long targetPid, Long samples, List<String> warnings) {
}
