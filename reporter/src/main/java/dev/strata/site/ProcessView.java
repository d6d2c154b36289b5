package dev.strata.site;

import java.util.List;

/** One process: its trend charts (data inlined as JSON) and its runs, newest first. */
public record ProcessView(String name, List<Chart> charts, String chartsJson, List<RunRow> runs) {

    public record Chart(String id, String title) {
    }

    public record RunRow(String startedAt, String status, String sha, String tag, String wall, String user,
                         String sys, String maxRss, String host) {
    }
}
