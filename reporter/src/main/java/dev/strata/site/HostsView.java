package dev.strata.site;

import java.util.List;

/** The same process on different hosts and platforms. */
public record HostsView(List<Process> processes) {

    public record Process(String name, String href, List<Row> rows) {
    }

    public record Row(String host, String platform, String cpu, String params, String sha, String wall, String maxRss,
                      String relative, int barPercent, int runs) {
    }
}
