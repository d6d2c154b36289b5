package dev.strata.site;

import dev.strata.detect.Detection;
import dev.strata.detect.Detector;
import dev.strata.series.RunSummary;
import dev.strata.series.SeriesBuilder;
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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Renders the static site: every page of every kind in {@link PageKind#ALL}, each from one Thymeleaf
 * template fed a small view model, side by side on every core. A page whose inputs are those of the last
 * build is kept without building its view; one whose view comes out the same is not rendered again. A
 * page that fails to render is reported and the rest of the site still builds.
 */
public final class SiteBuilder {

    static final List<String> TEMPLATES = List.of("layout", "index", "process", "run", "tags", "tag", "languages",
            "hosts", "scaling", "regressions");
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";

    /** What a build did; {@code renderedPaths} are the pages rendered, sorted. */
    public record Result(int pages, int rendered, int keptAsIs, int filesWritten, int filesDeleted, int runPages,
                         List<String> renderedPaths) {
    }

    private final TemplateEngine engine;
    private final Consumer<String> warn;
    private final Consumer<String> progress;
    private final String templateVersion;
    private DiffFlamegraphs diff = DiffFlamegraphs.none();
    private Detector detector;
    private Consumer<String> trace = t -> { };
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
        templateVersion = digest(codeVersion(), digest(parts.stream().map(SiteBuilder::resource).toArray(byte[][]::new)));
    }

    /**
     * The build of strata that makes the pages, as far as it can be told cheaply: the jar's size and time.
     * Pages are kept by the digests of their inputs, so another strata (which may draw a page otherwise from
     * the same inputs) must not keep the last one's pages.
     */
    private static String codeVersion() {
        try {
            java.net.URL self = SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation();
            Path jar = Path.of(self.toURI());
            return Files.isRegularFile(jar) ? jar.getFileName() + " " + Files.size(jar) + " "
                    + Files.getLastModifiedTime(jar).toMillis() : "classes";
        } catch (Exception e) {
            return "unknown";
        }
    }

    public SiteBuilder diffFlamegraphs(DiffFlamegraphs d) {
        this.diff = d;
        return this;
    }

    /** The detector whose change points and environment events the pages mark; none by default. */
    public SiteBuilder detector(Detector d) {
        this.detector = d;
        return this;
    }

    /** Where each kind of page's figures go after a build (views built, rendered, seconds); none by default. */
    public SiteBuilder trace(Consumer<String> t) {
        this.trace = t;
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

        progress.accept("change points");
        List<RunSummary> runs = loaded.runs();
        Detection detection = Detection.NONE;
        try {
            if (detector != null) {
                detection = detector.detectAll(SeriesBuilder.build(runs));
            }
        } catch (RuntimeException e) {
            warn.accept("change-point detection failed: " + e.getMessage());
        }
        progress.accept("downloads");
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
        SiteModel m = new SiteModel(runs, detection, options, downloads);
        List<PageStats> stats = new ArrayList<>();
        Queue<String> rendered = new ConcurrentLinkedQueue<>();
        int pages = 0;
        ProcessParts parts = ProcessParts.open(out);
        try (SiteBuild b = new SiteBuild(m, site, loaded.commit(), detector != null, diff, store, templateVersion,
                parts, warn)) {
            List<Runnable> jobs = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            for (PageKind kind : PageKind.ALL) {
                PageStats st = new PageStats(kind.name());
                stats.add(st);
                List<Page> list = kind.pages().apply(b);
                pages += list.size();
                counts.add(list.size() + " " + kind.name());
                list.forEach(p -> jobs.add(() -> {
                    if (make(w, b, p, st)) {
                        rendered.add(p.path());
                    }
                }));
            }
            progress.accept("pages: " + String.join(", ", counts) + " (run pages for " + m.pagedRuns().size() + " of "
                    + runs.size() + " runs)");
            parallel(jobs, Runnable::run);
            try {
                parts.save(b);
            } catch (IOException e) {
                warn.accept("could not keep the site's per-process parts for the next build: " + e.getMessage());
            }
        }
        stats.forEach(st -> trace.accept(st.toString()));
        progress.accept("cleaning up");
        int deleted = w.finish();
        return new Result(pages, rendered.size(), w.skipped.get(), w.written.get(), deleted,
                m.pagedRuns().size(), rendered.stream().sorted().toList());
    }

    private <T> void parallel(List<T> items, Consumer<T> action) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> items.parallelStream().forEach(action)).join();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Makes one page, doing as little as its digests allow: nothing when its inputs are those of the last
     * build, the view only when the view comes out the same, else view, render and write. True when it
     * was rendered.
     */
    private boolean make(PageWriter w, SiteBuild b, Page p, PageStats st) {
        PageStats.Clock clock = st.start();
        try {
            String inputs = p.inputs() == null ? "-" : p.inputs();
            if (p.inputs() != null && w.sameInputs(p.path(), inputs)) {
                if (p.files() != null) {
                    w.keepUnder(p.files());
                }
                return false;
            }
            Object v = p.view().make(w);
            st.viewsBuilt.incrementAndGet();
            clock.viewBuilt();
            if (v == null) {
                return false;
            }
            String view = b.digest(p.template(), p.root(), p.template() == null ? v : Json.of(v));
            if (w.sameView(p.path(), inputs, view)) {
                return false;
            }
            String text = p.template() == null ? (String) v : render(p.template(), p.root(), p.path(), b.site, v);
            st.rendered.incrementAndGet();
            clock.rendered();
            w.writePage(p.path(), inputs + ":" + view, text);
            clock.written();
            return true;
        } catch (IOException | RuntimeException e) {
            warn.accept("page " + p.path() + " failed: " + e);
            return false;
        } finally {
            clock.done();
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
