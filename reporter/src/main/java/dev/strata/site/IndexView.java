package dev.strata.site;

import java.util.List;

/** The dashboard: every process with its latest values and trend, the latest tags, the hosts. */
public record IndexView(int runCount, String storeCommit, List<ProcessRow> processes, List<TagsView.TagRow> tags,
                        List<HostRow> hosts, List<Download> downloads, boolean hasRegressions) {

    /** {@code spark} is the points of an inline SVG polyline of {@code sparkMetric} over the last commits. */
    public record ProcessRow(String name, String href, String language, String task, int runs, String status,
                             String statusClass, String latestSha, String lastRunAt, String latestWall,
                             String latestRss, String spark, String sparkTitle, String alert) {
    }

    public record HostRow(String name, String platform, String cpu, int runs, String lastSeen) {
    }

    public record Download(String name, String href) {
    }
}
