package dev.strata.site;

import java.util.List;

/**
 * One process: a trend chart per metric (data inlined as JSON, drawn by strata.js), the change points
 * found in it, and its runs, newest first; {@code runs} are table rows, {@code olderJson} the rest.
 */
public record ProcessView(String name, Label label, String description, String language, String task, int runCount,
                          List<String> series, List<Chart> charts, String chartsJson, String headline, List<RunRow> runs,
                          String olderJson, int olderCount, List<RegressionsView.Row> changePoints,
                          String scalingHref) {

    /** {@code table} holds the newest value per series as text, for readers without JavaScript. */
    public record Chart(String id, String title, String unit, String better, List<String[]> table) {
    }

    /** {@code value} is the run's figure of the page's headline metric (wall time where there is one). */
    public record RunRow(String id, String startedAt, String href, String status, String statusClass, String sha,
                         String tag, String host, String params, String value, String maxRss, String profiles) {
    }
}
