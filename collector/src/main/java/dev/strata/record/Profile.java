package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One language profiler's output attached to a run; paths are relative to the run folder.
 * {@code targetPid} is the process the profiler was pointed at; {@code targetPids} every process
 * its samples came from, when it followed more than one (py-spy with subprocesses, several R
 * processes). {@code samples} counts samples, or bytes for a memory profile.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Profile(String profiler, String kind, String format, String file, String flamegraph,
                      Long targetPid, Long samples, List<String> warnings, List<Long> targetPids) {

    public Profile(String profiler, String kind, String format, String file, String flamegraph, Long targetPid,
                   Long samples, List<String> warnings) {
        this(profiler, kind, format, file, flamegraph, targetPid, samples, warnings, null);
    }
}
