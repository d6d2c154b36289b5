package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The machine a run ran on. {@code id} keys the series: stable for one machine (or one CI runner class). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HostInfo(String id, String hostname, String os, String kernel, String arch, String cpuModel,
                       Integer physicalCores, Integer logicalCores, Long memoryBytes, CiInfo ci,
                       Double loadAverage1m) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CiInfo(String provider, String runId, String job, String url) {
    }
}
