package dev.strata.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.format.Units;
import dev.strata.record.Metrics;
import dev.strata.record.RunRecord;
import dev.strata.series.LoadedRun;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/** Renders the static site: one template per page kind, each fed a small view model. */
public final class SiteBuilder {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateEngine engine;
    private final Consumer<String> warn;

    public SiteBuilder(Consumer<String> warn) {
        this.warn = warn;
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(SiteBuilder.class.getClassLoader());
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(r);
    }

    /** Builds the site into {@code out}; returns the number of pages written. */
    public int build(List<LoadedRun> runs, SiteContext site, Path out) throws IOException {
        Files.createDirectories(out.resolve("assets"));
        Files.createDirectories(out.resolve("p"));
        copyResource(UPLOT + "uPlot.iife.min.js", out.resolve("assets/uPlot.iife.min.js"));
        copyResource(UPLOT + "uPlot.min.css", out.resolve("assets/uPlot.min.css"));
        copyResource("templates/assets/strata.css", out.resolve("assets/strata.css"));
        copyResource("templates/assets/strata.js", out.resolve("assets/strata.js"));

        Map<String, List<LoadedRun>> byProcess = new TreeMap<>();
        for (LoadedRun r : runs) {
            byProcess.computeIfAbsent(r.record().process(), k -> new ArrayList<>()).add(r);
        }
        int pages = 0;
        List<IndexView.ProcessRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<LoadedRun>> e : byProcess.entrySet()) {
            List<LoadedRun> list = e.getValue();
            list.sort(Comparator.comparing((LoadedRun r) -> startedAt(r.record())).reversed());
            String href = "p/" + e.getKey() + ".html";
            try {
                render("process", "../", site, processView(e.getKey(), list), out.resolve(href));
                pages++;
            } catch (RuntimeException ex) {
                warn.accept("page " + href + " failed: " + ex.getMessage());
            }
            RunRecord latest = list.get(0).record();
            Metrics m = latest.metrics();
            rows.add(new IndexView.ProcessRow(e.getKey(), href, list.size(),
                    m == null || m.wallSeconds() == null ? "–" : Units.seconds(m.wallSeconds()),
                    m == null || m.maxRssBytes() == null ? "–" : Units.bytes(m.maxRssBytes()),
                    latest.status() == null ? "unknown" : latest.status().json(), shortSha(latest),
                    MINUTE.format(startedAt(latest))));
        }
        render("index", "", site, new IndexView(rows), out.resolve("index.html"));
        return pages + 1;
    }

    ProcessView processView(String name, List<LoadedRun> newestFirst) {
        List<ProcessView.RunRow> rows = new ArrayList<>();
        for (LoadedRun lr : newestFirst) {
            RunRecord r = lr.record();
            Metrics m = r.metrics();
            rows.add(new ProcessView.RunRow(MINUTE.format(startedAt(r)), r.status() == null ? "unknown" : r.status().json(),
                    shortSha(r), r.tag() == null ? "" : r.tag(),
                    m == null || m.wallSeconds() == null ? "–" : Units.seconds(m.wallSeconds()),
                    m == null || m.userSeconds() == null ? "–" : Units.seconds(m.userSeconds()),
                    m == null || m.sysSeconds() == null ? "–" : Units.seconds(m.sysSeconds()),
                    m == null || m.maxRssBytes() == null ? "–" : Units.bytes(m.maxRssBytes()),
                    r.host() == null || r.host().id() == null ? "" : r.host().id()));
        }
        List<ProcessView.Chart> charts = List.of(new ProcessView.Chart("wall", "Wall time"),
                new ProcessView.Chart("rss", "Max RSS"));
        ObjectNode data = JSON.createObjectNode();
        ArrayNode arr = data.putArray("charts");
        arr.add(trend("wall", "Wall time", "s", newestFirst, m -> m.wallSeconds() == null ? Double.NaN : m.wallSeconds()));
        arr.add(trend("rss", "Max RSS", "B", newestFirst,
                m -> m.maxRssBytes() == null ? Double.NaN : m.maxRssBytes().doubleValue()));
        return new ProcessView(name, charts, data.toString(), rows);
    }

    /** One point per commit of the code under test (median of its runs), in commit-time order. */
    private static ObjectNode trend(String id, String title, String unit, List<LoadedRun> runs,
                                    ToDoubleFunction<Metrics> metric) {
        Map<String, List<RunRecord>> byCommit = new LinkedHashMap<>();
        List<LoadedRun> ordered = new ArrayList<>(runs);
        ordered.sort(Comparator.comparing((LoadedRun r) -> commitTime(r.record())).thenComparing(r -> startedAt(r.record())));
        for (LoadedRun lr : ordered) {
            String key = lr.record().git() != null && lr.record().git().sha() != null ? lr.record().git().sha() : "no-git";
            byCommit.computeIfAbsent(key, k -> new ArrayList<>()).add(lr.record());
        }
        ObjectNode c = JSON.createObjectNode().put("id", id).put("title", title).put("unit", unit);
        ArrayNode labels = c.putArray("labels");
        ArrayNode dates = c.putArray("dates");
        ArrayNode values = c.putArray("values");
        for (List<RunRecord> group : byCommit.values()) {
            List<Double> vs = new ArrayList<>();
            for (RunRecord r : group) {
                if (r.metrics() != null) {
                    double v = metric.applyAsDouble(r.metrics());
                    if (!Double.isNaN(v)) {
                        vs.add(v);
                    }
                }
            }
            RunRecord first = group.get(0);
            labels.add(shortSha(first));
            dates.add(DAY.format(commitTime(first)));
            if (vs.isEmpty()) {
                values.addNull();
            } else {
                vs.sort(null);
                int n = vs.size();
                values.add(n % 2 == 1 ? vs.get(n / 2) : (vs.get(n / 2 - 1) + vs.get(n / 2)) / 2);
            }
        }
        return c;
    }

    static Instant startedAt(RunRecord r) {
        return r.startedAt() == null ? Instant.EPOCH : r.startedAt();
    }

    static Instant commitTime(RunRecord r) {
        return r.git() != null && r.git().commitTime() != null ? r.git().commitTime() : startedAt(r);
    }

    static String shortSha(RunRecord r) {
        return r.git() == null || r.git().shortSha() == null ? "–" : r.git().shortSha();
    }

    private void render(String template, String root, SiteContext site, Object view, Path file) throws IOException {
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("root", root);
        ctx.setVariable("site", site);
        ctx.setVariable("view", view);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            engine.process(template, ctx, w);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = SiteBuilder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + name));
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
