package dev.strata.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tag roll-ups. Tags are ordered by their first run; the medians of every tag are also written once
 * to {@code t/tags.js} so a tag page can switch the tag it is compared with without a reload.
 */
final class TagsPage {

    /** Changes smaller than this are shown as unchanged: run-to-run noise is rarely below it. */
    static final double NOISE = 0.03;

    private TagsPage() {
    }

    /**
     * The tag list, each tag's page and the medians of every tag ({@code t/tags.js}). A tag's page depends
     * on the runs of the tag and of the tag it is compared with, the list of tags and the metrics shown.
     */
    static List<Page> pages(SiteBuild b) {
        SiteModel m = b.m;
        Map<String, StringBuilder> byTag = new HashMap<>();
        StringBuilder tagged = new StringBuilder();
        for (List<RunSummary> runs : m.byProcess.values()) {
            for (RunSummary r : runs) {
                if (r.tag() != null && !r.tag().isBlank()) {
                    b.appendRun(byTag.computeIfAbsent(r.tag(), k -> new StringBuilder()), r);
                    b.appendRun(tagged, r);
                }
            }
        }
        List<TagsView.TagRow> tags = b.tagRows();
        List<String> names = tags.stream().map(TagsView.TagRow::tag).toList();
        String metrics = Json.of(b.rollUpMetrics());
        List<Page> out = new ArrayList<>();
        out.add(Page.of("tags.html", "tags", "", () -> new TagsView(tags)).withInputs(b.everything()));
        out.add(Page.of("t/tags.js", null, "../", () -> script(b.medians(), b.rollUpMetrics()))
                .withInputs(b.digest("tags.js", tagged, metrics)));
        for (TagsView.TagRow t : tags) {
            String inputs = b.digest("tag", t.tag(), t.previous(), byTag.get(t.tag()),
                    t.previous() == null ? "" : byTag.get(t.previous()), names, metrics);
            out.add(Page.of(Links.tag(t.tag()), "tag", "../", () -> view(m, b.medians(), b.rollUpMetrics(), t, names))
                    .withInputs(inputs));
        }
        return out;
    }

    /** Tags newest first. */
    static List<TagsView.TagRow> rows(SiteModel m, String root) {
        Map<String, long[]> first = new HashMap<>();
        Map<String, java.util.Set<String>> processes = new HashMap<>();
        Map<String, Integer> runs = new HashMap<>();
        for (RunSummary r : m.runs) {
            if (r.tag() == null || r.tag().isBlank()) {
                continue;
            }
            first.computeIfAbsent(r.tag(), k -> new long[]{Long.MAX_VALUE})[0] =
                    Math.min(first.get(r.tag())[0], r.startedAtMillis());
            processes.computeIfAbsent(r.tag(), k -> new java.util.TreeSet<>()).add(r.process());
            runs.merge(r.tag(), 1, Integer::sum);
        }
        List<String> ordered = new ArrayList<>(first.keySet());
        ordered.sort((a, b) -> first.get(a)[0] != first.get(b)[0] ? Long.compare(first.get(a)[0], first.get(b)[0])
                : a.compareTo(b));
        List<TagsView.TagRow> out = new ArrayList<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            String t = ordered.get(i);
            out.add(new TagsView.TagRow(t, root + Links.tag(t), Fmt.minute(first.get(t)[0]), processes.get(t).size(),
                    runs.get(t), i > 0 ? ordered.get(i - 1) : null));
        }
        return out;
    }

    /** The metrics a roll-up shows: the main built-ins and every custom metric. */
    static List<MetricInfo> metrics(SiteModel m) {
        List<MetricInfo> all = Trend.metricsOf(m.runs);
        List<MetricInfo> out = new ArrayList<>();
        for (MetricInfo x : all) {
            if (x.custom() || List.of("wallSeconds", "userSeconds", "maxRssBytes").contains(x.key())) {
                out.add(x);
            }
        }
        return out;
    }

    /** Medians per tag, per (process, series), per metric. */
    static final class Medians {
        final List<String> keys = new ArrayList<>();
        final Map<String, String[]> keyParts = new LinkedHashMap<>();
        final Map<String, Map<String, double[]>> byTag = new HashMap<>();

        Medians(SiteModel m, List<MetricInfo> metrics) {
            Map<String, Map<String, List<RunSummary>>> groups = new TreeMap<>();
            for (RunSummary r : m.runs) {
                if (r.tag() == null || r.tag().isBlank() || !r.ok() || r.warmup()) {
                    continue;
                }
                String params = Trend.params(r);
                String series = m.privacy.host(r.hostId()) + (params.isEmpty() ? "" : " · " + params);
                String key = r.process() + "\u0000" + series;
                keyParts.putIfAbsent(key, new String[]{r.process(), series, String.valueOf(r.hostId()), params});
                groups.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(r.tag(), k -> new ArrayList<>()).add(r);
            }
            keys.addAll(groups.keySet());
            for (Map.Entry<String, Map<String, List<RunSummary>>> g : groups.entrySet()) {
                for (Map.Entry<String, List<RunSummary>> t : g.getValue().entrySet()) {
                    double[] med = new double[metrics.size()];
                    for (int i = 0; i < metrics.size(); i++) {
                        String k = metrics.get(i).key();
                        double[] v = t.getValue().stream().map(r -> r.metric(k)).filter(x -> x != null)
                                .mapToDouble(Double::doubleValue).toArray();
                        med[i] = v.length == 0 ? Double.NaN : Stats.median(v);
                    }
                    byTag.computeIfAbsent(t.getKey(), x -> new HashMap<>()).put(g.getKey(), med);
                }
            }
        }
    }

    static TagView view(SiteModel m, Medians med, List<MetricInfo> metrics, TagsView.TagRow tag, List<String> allTags) {
        String against = tag.previous();
        Map<String, double[]> mine = med.byTag.getOrDefault(tag.tag(), Map.of());
        Map<String, double[]> theirs = against == null ? Map.of() : med.byTag.getOrDefault(against, Map.of());
        List<TagView.Row> rows = new ArrayList<>();
        int worse = 0, better = 0;
        for (String key : med.keys) {
            double[] a = mine.get(key);
            if (a == null) {
                continue;
            }
            double[] b = theirs.get(key);
            List<TagView.Cell> cells = new ArrayList<>();
            for (int i = 0; i < metrics.size(); i++) {
                TagView.Cell c = cell(metrics.get(i), a[i], b == null ? Double.NaN : b[i]);
                worse += c.cls().equals("worse") ? 1 : 0;
                better += c.cls().equals("better") ? 1 : 0;
                cells.add(c);
            }
            String[] parts = med.keyParts.get(key);
            RunSummary newest = m.newestOfTag(SiteModel.tagKey(parts[0], tag.tag()));
            boolean ofRow = newest != null && String.valueOf(newest.hostId()).equals(parts[2])
                    && Trend.params(newest).equals(parts[3]);
            rows.add(new TagView.Row(parts[0], "../" + Links.process(parts[0]), parts[1],
                    ofRow ? m.runHref(newest, "../") : null, cells));
        }
        List<String> others = allTags.stream().filter(t -> !t.equals(tag.tag())).toList();
        return new TagView(tag.tag(), against, others, metrics.stream().map(TagsPage::header).toList(), rows,
                worse, better, Links.slug(tag.tag()));
    }

    static String header(MetricInfo m) {
        return m.label() + (m.unit().isEmpty() || m.unit().equals("s") || m.unit().equals("B") ? "" : " (" + m.unit() + ")");
    }

    static TagView.Cell cell(MetricInfo metric, double value, double other) {
        String v = Fmt.value(Double.isNaN(value) ? null : value, metric.unit());
        if (Double.isNaN(value) || Double.isNaN(other) || other == 0) {
            return new TagView.Cell(v, Double.isNaN(other) ? null : Fmt.value(other, metric.unit()), null, "none", "");
        }
        double ratio = value / other;
        int sign = metric.worseSign();
        String cls, signal;
        if (Math.abs(ratio - 1) < NOISE || sign == 0) {
            cls = "same";
            signal = "≈";
        } else if ((ratio > 1) == (sign > 0)) {
            cls = "worse";
            signal = "▲ worse";
        } else {
            cls = "better";
            signal = "▼ better";
        }
        return new TagView.Cell(v, Fmt.value(other, metric.unit()), Fmt.change(ratio), cls, signal);
    }

    /** The data of t/tags.js: every tag's medians, so a page can compare against any tag. */
    static String script(Medians med, List<MetricInfo> metrics) {
        ObjectNode o = ProcessPage.JSON.createObjectNode();
        ArrayNode ms = o.putArray("metrics");
        for (MetricInfo x : metrics) {
            ms.addObject().put("unit", x.unit()).put("worse", x.worseSign());
        }
        ArrayNode keys = o.putArray("rows");
        for (String k : med.keys) {
            String[] p = med.keyParts.get(k);
            keys.addArray().add(p[0]).add(p[1]);
        }
        ObjectNode tags = o.putObject("tags");
        for (Map.Entry<String, Map<String, double[]>> t : new TreeMap<>(med.byTag).entrySet()) {
            ArrayNode rows = tags.putArray(t.getKey());
            for (String k : med.keys) {
                double[] v = t.getValue().get(k);
                if (v == null) {
                    rows.addNull();
                } else {
                    ArrayNode a = rows.addArray();
                    Arrays.stream(v).forEach(x -> {
                        if (Double.isNaN(x)) {
                            a.addNull();
                        } else {
                            a.add(x);
                        }
                    });
                }
            }
        }
        return "window.strataTags = " + Json.forScript(o) + ";\n";
    }
}
