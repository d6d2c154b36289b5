package dev.strata.site;

import java.util.List;

/** The dashboard: one row per process. */
public record IndexView(List<ProcessRow> processes) {

    public record ProcessRow(String name, String href, int runs, String latestWall, String latestRss,
                             String latestStatus, String latestSha, String lastRunAt) {
    }
}
