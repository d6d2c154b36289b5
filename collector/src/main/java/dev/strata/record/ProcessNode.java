package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One process of the workload's tree, as the sampler saw it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcessNode(long pid, Long ppid, String command, Double startOffsetSeconds, Double endOffsetSeconds,
                          Double cpuSeconds, Long peakRssBytes, Long readBytes, Long writeBytes) {
}
