package dev.strata.series;

import dev.strata.record.Repetition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What every command but {@code show} and the run page needs of one run: small enough to keep 100k
 * of them in memory and in the cache. Metric keys are {@link MetricInfo#key()}s; {@code custom} holds
 * unit and direction of the workload's own metrics. {@code treeId} is the Git tree of the run folder:
 * the cache key (same tree, same run.json and attachments). {@code publishedRange} is the spread an
 * imported run was published with ({@code userData.imported.range}) and {@code importKey} the key an
 * import recognises it by ({@code userData.imported.key}), or null. Times are kept exactly as recorded.
 */
public record RunSummary(String process, String folder, String treeId, String id, Instant startedAt,
                         Instant endedAt, String status, Integer exitCode, String tag, String suite,
                         String description, String language, String task, Map<String, Object> params,
                         Repetition repetition, String sha, String shortSha, Instant commitTime, String branch,
                         String describe, Boolean dirty, String hostId, String hostname, String os, String arch,
                         String cpuModel, Integer logicalCores, Long memoryBytes, Map<String, Double> metrics,
                         Map<String, MetricInfo> custom, List<ProfileRef> profiles, int warnings,
                         String publishedRange, String importKey) {

    public String path() {
        return process + "/" + folder;
    }

    public long startedAtMillis() {
        return startedAt == null ? 0 : startedAt.toEpochMilli();
    }

    /** When the code under test was committed; the run's start when the record does not say. */
    public long commitMillis() {
        return commitTime != null ? commitTime.toEpochMilli() : startedAtMillis();
    }

    /** The commit key of the code under test; runs without Git facts group by themselves. */
    public String commitKey() {
        return sha != null ? sha : "run:" + folder;
    }

    public boolean warmup() {
        return repetition != null && Boolean.TRUE.equals(repetition.warmup());
    }

    public Double metric(String key) {
        return metrics == null ? null : metrics.get(key);
    }

    public boolean ok() {
        return "ok".equals(status);
    }

    /** Whether the run counts for series and checks: it finished normally (or says nothing) and is no warm-up. */
    public boolean counts() {
        return (status == null || "unknown".equals(status) || ok()) && !warmup();
    }

    /** The same run with what a reader may see replaced (a public site's aliases, redacted texts). */
    public RunSummary withVisible(String description, String branch, String describe, String hostId,
                                  String hostname) {
        return new RunSummary(process, folder, treeId, id, startedAt, endedAt, status, exitCode, tag, suite,
                description, language, task, params, repetition, sha, shortSha, commitTime, branch, describe, dirty,
                hostId, hostname, os, arch, cpuModel, logicalCores, memoryBytes, metrics, custom, profiles, warnings,
                publishedRange, importKey);
    }
}
