package dev.strata.site;

import java.util.List;

/** Every section of one run record, plus its flamegraphs, their diff against the previous run, and downloads. */
public record RunView(String process, String processHref, String folder, String status, String statusClass,
                      List<Item> facts, String command, String cwd, List<MetricRow> metrics, String previousHref,
                      String previousLabel, List<Item> git, List<Item> host, List<Item> ci, List<Item> runtimes,
                      List<Item> libraries, List<Item> variables, String userData, List<TreeRow> processTree,
                      String timelineJson, List<String> warnings, List<Flame> flamegraphs, List<Flame> diffs,
                      List<Download> downloads) {

    public record Item(String name, String value) {
    }

    /** {@code signal} repeats in words and a symbol what {@code cls} colours. */
    public record MetricRow(String name, String value, String previous, String change, String cls, String signal) {
    }

    public record TreeRow(int depth, String pid, String command, String start, String end, String cpu, String peakRss,
                          String read, String written) {
    }

    public record Flame(String title, String src, String note) {
    }

    public record Download(String name, String href, String format, String size) {
    }
}
