package dev.strata.site;

import java.util.List;

/**
 * The dashboard: what needs attention now (open regressions, the newest change), every process with
 * its headline figure and trend, the latest tags, the hosts.
 */
public record IndexView(int runCount, String storeCommit, List<OpenRegression> open, int openMore,
                        NewestChange newest, boolean showLanguage, boolean showTask, List<ProcessRow> processes,
                        List<TagsView.TagRow> tags, List<HostRow> hosts, List<Download> downloads,
                        boolean hasRegressions) {

    /** {@code spark} is the points of an inline SVG polyline of the headline metric over the last commits. */
    public record ProcessRow(Label label, String href, String language, String task, int runs, String status,
                             String statusClass, String latestSha, String lastRunAt, String metric, String latest,
                             String change, String changeClass, String changeTitle, String spark, String sparkTitle,
                             String alert) {
    }

    /** The newest change of a series, still a regression: where, how much, since when, and its group. */
    public record OpenRegression(Label label, String processHref, String metric, String host, String change,
                                 String date, String commitRange, String href) {
    }

    /** As a group of the regressions page: one series named ({@code label} not null), or several counted. */
    public record NewestChange(String date, String commitRange, String summary, String summaryClass, Label label,
                               String metric, String processHref, String href) {
    }

    public record HostRow(String name, String platform, String cpu, int runs, String lastSeen) {
    }

    public record Download(String name, String href) {
    }
}
