package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** Git facts of the code under test (not of the store). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GitInfo(String sha, String shortSha, String branch, String describe, Boolean dirty,
                      Instant commitTime, String repo) {
}
