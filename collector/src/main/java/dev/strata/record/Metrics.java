package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What the generic profiler measured; {@code source} says how (gnu-time, bsd-time or sampled). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Metrics(Double wallSeconds, Double userSeconds, Double sysSeconds, Double cpuPercent,
                      Long maxRssBytes, Long treePeakRssBytes, Long majorPageFaults, Long minorPageFaults,
                      Long voluntaryContextSwitches, Long involuntaryContextSwitches, Long fsInputBlocks,
                      Long fsOutputBlocks, Long readBytes, Long writeBytes, String source) {

    public static final String GNU_TIME = "gnu-time";
    public static final String BSD_TIME = "bsd-time";
    public static final String SAMPLED = "sampled";
}
