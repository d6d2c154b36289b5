package dev.strata.site;

import java.util.List;

/** For each task (and parameter set), its processes side by side by language. */
public record LanguagesView(List<Task> tasks) {

    public record Task(String task, String params, List<Row> rows) {
    }

    /** {@code relative} is wall time against the fastest of the task; {@code barPercent} draws it. */
    public record Row(String language, String process, String href, String host, String sha, String wall,
                      String maxRss, String relative, int barPercent, boolean fastest) {
    }
}
