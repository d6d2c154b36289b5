package dev.strata.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.record.RunRecord;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Renders the static site: one Thymeleaf template per page kind, each fed a small view model. A page
 * whose view model is the same as in the last build is neither rendered nor written again. A page that
 * fails to render is reported and the rest of the site still builds.
 */
public final class SiteBuilder {

    static final List<String> TEMPLATES = List.of("layout", "index", "process", "run", "tags", "tag", "languages",
            "hosts", "scaling", "regressions");
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a build did. */
    public record Result(int pages, int rendered, int keptAsIs, int filesWritten, int filesDeleted, int runPages) {
    }

    private final TemplateEngine engine;
    private final Consumer<String> warn;
    private final Consumer<String> progress;
    private final String templateVersion;
    private DiffFlamegraphs diff = DiffFlamegraphs.none();
    private ChangePointSource changePoints = ChangePointSource.none();
    private DataExport export = DataExport.none();

    public SiteBuilder(Consumer<String> warn, Consumer<String> progress) {
        this.warn = warn;
        this.progress = progress;
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(SiteBuilder.class.getClassLoader());
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(r);
        List<String> parts = new ArrayList<>();
        TEMPLATES.forEach(t -> parts.add("templates/" + t + ".html"));
        parts.add("templates/assets/units.js");
        parts.add("templates/assets/strata.js");
        parts.add("templates/assets/strata.css");
        templateVersion = digest(parts.stream().map(SiteBuilder::resource).toArray(byte[][]::new));
    }

    public SiteBuilder diffFlamegraphs(DiffFlamegraphs d) {
        this.diff = d;
        return this;
    }

    public SiteBuilder changePoints(ChangePointSource c) {
        this.changePoints = c;
        return this;
    }

    public SiteBuilder dataExport(DataExport e) {
        this.export = e;
        return this;
    }

    public Result build(StoreSnapshot store, StoreSnapshot.Loaded loaded, SiteContext site, SiteOptions options, Path out)
            throws IOException {
        PageWriter w = new PageWriter(out);
        progress.accept("assets");
        writeResource(w, UPLOT + "uPlot.iife.min.js", "assets/uPlot.iife.min.js");
        writeResource(w, UPLOT + "uPlot.min.css", "assets/uPlot.min.css");
        writeResource(w, "templates/assets/strata.css", "assets/strata.css");
        writeResource(w, "templates/assets/units.js", "assets/units.js");
        writeResource(w, "templates/assets/strata.js", "assets/strata.js");
        w.writeFile(".nojekyll", new byte[0]);

        progress.accept("change points and downloads");
        List<RunSummary> runs = loaded.runs();
        List<ChangePoint> cps = new ArrayList<>();
        try {
            cps.addAll(changePoints.changePoints(runs));
        } catch (RuntimeException e) {
            warn.accept("change-point detection failed: " + e.getMessage());
        }
        Path data = out.resolve("data");
        try {
            export.write(runs, data, Privacy.of(options.publicSite(), runs)::summary);
        } catch (IOException | RuntimeException e) {
            warn.accept("data export failed: " + e.getMessage());
        }
        List<String> downloads = new ArrayList<>();
        if (Files.isDirectory(data)) {
            try (Stream<Path> files = Files.list(data)) {
                files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().forEach(downloads::add);
            }
        }
        SiteModel m = new SiteModel(runs, cps, options, downloads);
        int[] pages = {0};

        progress.accept("process pages (" + m.byProcess.size() + ")");
        parallel(new ArrayList<>(m.byProcess.keySet()), name -> {
            // a process page depends only on its own runs and change points: when none changed, skip even its view
            String inputs = processInputs(m, name, site);
            count(pages);
            if (!w.upToDate(Links.process(name), inputs)) {
                page(w, "process", "../", site, Links.process(name), () -> ProcessPage.view(m, name), null, inputs);
            }
        });

        List<RunSummary> paged = m.pagedRuns();
        progress.accept("run pages (" + paged.size() + " of " + runs.size() + " runs)");
        // one object reader per page: JGit readers are not shared across threads
        parallel(paged, r -> {
            try (StoreSnapshot reader = store.sibling()) {
                runPage(reader, w, m, r, site, pages);
            }
        });

        progress.accept("tags, languages, hosts, scaling, regressions, index");
        List<TagsView.TagRow> tags = TagsPage.rows(m, "");
        var metrics = TagsPage.metrics(m);
        var medians = new TagsPage.Medians(m, metrics);
        List<String> tagNames = tags.stream().map(TagsView.TagRow::tag).toList();
        w.writeFile("t/tags.js", TagsPage.script(medians, metrics).getBytes(StandardCharsets.UTF_8));
        // the pages that look at every run are independent of each other: build them side by side
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> page(w, "tags", "", site, "tags.html", () -> new TagsView(tags), pages));
        for (TagsView.TagRow t : tags) {
            jobs.add(() -> page(w, "tag", "../", site, Links.tag(t.tag()),
                    () -> TagsPage.view(m, medians, metrics, t, tagNames), pages));
        }
        jobs.add(() -> page(w, "languages", "", site, "languages.html", () -> LanguagesPage.view(m), pages));
        jobs.add(() -> page(w, "hosts", "", site, "hosts.html", () -> HostsPage.view(m), pages));
        jobs.add(() -> page(w, "scaling", "", site, "scaling.html", () -> ScalingPage.view(m), pages));
        jobs.add(() -> page(w, "regressions", "", site, "regressions.html",
                () -> RegressionsPage.view(m, changePoints.active()), pages));
        jobs.add(() -> page(w, "index", "", site, "index.html", () -> IndexPage.view(m, loaded.commit()), pages));
        parallel(jobs, Runnable::run);
        progress.accept("cleaning up");
        int deleted = w.finish();
        return new Result(pages[0], pages[0] - w.skipped.get(), w.skipped.get(), w.written.get(), deleted, paged.size());
    }

    private <T> void parallel(List<T> items, Consumer<T> action) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> items.parallelStream().forEach(action)).join();
        } finally {
            pool.shutdown();
        }
    }

    private void runPage(StoreSnapshot store, PageWriter w, SiteModel m, RunSummary r, SiteContext site, int[] pages) {
        String path = Links.run(r);
        RunSummary prev = m.previousOnHost(r);
        RunSummary prevProfiled = RunAttachments.previousWithProfile(m, r);
        String fingerprint = digest(templateVersion, "run", r.treeId(), prev == null ? "" : prev.treeId() + m.hasPage(prev),
                prevProfiled == null ? "" : prevProfiled.treeId(), m.privacy.host(r.hostId()), json(site),
                json(m.options), diff.getClass().getName());
        count(pages);
        if (w.upToDate(path, fingerprint)) {
            w.keepUnder(Links.runFiles(r));
            return;
        }
        try {
            RunRecord record = store.record(r, warn);
            if (record == null) {
                return;
            }
            RunAttachments.Written files = RunAttachments.write(store, m, r, diff, w, warn);
            RunView view = RunPage.view(m, r, record, prev, files);
            w.writePage(path, fingerprint, render("run", RunPage.ROOT, path, site, view));
        } catch (IOException | RuntimeException e) {
            warn.accept("page " + path + " failed: " + e);
        }
    }

    private static synchronized void count(int[] pages) {
        pages[0]++;
    }

    private String processInputs(SiteModel m, String name, SiteContext site) {
        StringBuilder sb = new StringBuilder();
        for (RunSummary r : m.byProcess.get(name)) {
            sb.append(r.treeId()).append(m.hasPage(r) ? '+' : '-').append(m.privacy.host(r.hostId())).append(';');
        }
        return digest(templateVersion, "process", json(site), json(m.options), json(m.changePointsOf(name)), sb);
    }

    private void page(PageWriter w, String template, String root, SiteContext site, String path,
                      java.util.function.Supplier<Object> view, int[] pages) {
        page(w, template, root, site, path, view, pages, null);
    }

    /** With {@code inputs}, the page is recorded under that fingerprint (it was already found out of date). */
    private void page(PageWriter w, String template, String root, SiteContext site, String path,
                      java.util.function.Supplier<Object> view, int[] pages, String inputs) {
        try {
            Object v = view.get();
            String fingerprint = inputs != null ? inputs : digest(templateVersion, template, root, json(site), json(v));
            if (pages != null) {
                count(pages);
            }
            if (inputs != null || !w.upToDate(path, fingerprint)) {
                w.writePage(path, fingerprint, render(template, root, path, site, v));
            }
        } catch (IOException | RuntimeException e) {
            warn.accept("page " + path + " failed: " + e);
        }
    }

    /** Renders one page; {@code root} is the relative path from the page to the site root. */
    public String render(String template, String root, SiteContext site, Object view) {
        return render(template, root, "", site, view);
    }

    /** As above; {@code path} (from the site root) makes the canonical address when the site has a base URL. */
    public String render(String template, String root, String path, SiteContext site, Object view) {
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("root", root);
        ctx.setVariable("page", path);
        ctx.setVariable("site", site);
        ctx.setVariable("view", view);
        return engine.process(template, ctx);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeResource(PageWriter w, String name, String to) throws IOException {
        w.writeFile(to, resource(name));
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteBuilder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + name));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digest(Object... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                d.update(p instanceof byte[] b ? b : String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
