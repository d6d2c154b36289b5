package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Whole-tree samples over the run; at most {@value #MAX_POINTS} points. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(Long intervalMillis, List<Point> points) {

    public static final int MAX_POINTS = 2000;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(double t, Long rssBytes, Double cpuPercent, Integer processes) {
    }
}
