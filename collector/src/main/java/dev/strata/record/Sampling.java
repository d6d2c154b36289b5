package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the process tree was watched, so that a reader knows what {@code treePeakRssBytes} and
 * the timeline can have missed: a process that lived and died between two samples is not in them.
 *
 * @param method             {@value #PROC_RSS_SUM}: the RSS of every process of the tree, read from
 *                           /proc and summed at each sample
 * @param intervalMillis     the interval while the tree is quiet
 * @param fastIntervalMillis the interval for a second after a sample saw the tree change
 *                           (a process came or went, the tree's memory moved)
 * @param samples            how many samples were taken
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sampling(String method, Long intervalMillis, Long fastIntervalMillis, Integer samples) {

    public static final String PROC_RSS_SUM = "proc-rss-sum";
}
