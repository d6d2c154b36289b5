package dev.strata.series;

import java.util.List;
import java.util.Map;

/**
 * What the site needs of one run for every page but the run's own: small enough to keep 100k of
 * them in memory and in the cache. Metric keys are {@link MetricInfo#key()}s; {@code custom} holds
 * unit and direction of the workload's own metrics. {@code treeId} is the Git tree of the run
 * folder: the cache key (same tree, same run.json and attachments). {@code publishedRange} is the
 * spread an imported run was published with ({@code userData.imported.range}), or null.
 */
public record RunSummary(String process, String folder, String treeId, String id, long startedAtMillis,
                         String status, String tag, String description, String language, String task,
                         Map<String, Object> params, String sha, String shortSha, long commitMillis, String branch,
                         String hostId, String hostname, String os, String arch, String cpuModel, boolean warmup,
                         Map<String, Double> metrics, Map<String, MetricInfo> custom, List<ProfileRef> profiles,
                         int warnings, String publishedRange) {

    public String path() {
        return process + "/" + folder;
    }

    /** The commit key of the code under test; runs without Git facts group by themselves. */
    public String commitKey() {
        return sha != null ? sha : "run:" + folder;
    }

    public Double metric(String key) {
        return metrics == null ? null : metrics.get(key);
    }

    public boolean ok() {
        return "ok".equals(status);
    }
}
