package dev.strata.site;

import dev.strata.config.StoreConfig;
import dev.strata.export.DataFiles;
import dev.strata.importer.HistoryCsv;
import dev.strata.importer.ImportedPoint;
import dev.strata.importer.Importer;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;
import dev.strata.store.GitStore;
import dev.strata.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site of a real history (an excerpt of hyper's published benchmarks, imported as {@code strata
 * import} does, change points from the real detector) as its readers see it in Chromium, at a laptop's
 * 1,280 x 800 and a phone's 390 x 844: no page scrolls sideways, no commit id breaks over two lines,
 * every chart's axis labels lie inside its canvas, and the index shows every process's headline figure.
 * Screenshots of each page kind at both widths land in {@code target/screenshots/site-layout/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteLayoutBrowserTest {

    static final List<Dimension> WINDOWS = List.of(new Dimension(1280, 800), new Dimension(390, 844));
    static final Path SHOTS = Path.of("target/screenshots/site-layout");

    Path site;
    Browser browser;
    ChromeDriver driver;
    final List<String> warnings = new ArrayList<>();

    @BeforeAll
    void importBuildAndStartBrowser() throws Exception {
        Path tmp = Files.createTempDirectory("strata-site-layout");
        List<ImportedPoint> points;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/histories/hyper-excerpt.csv"),
                StandardCharsets.UTF_8)) {
            points = HistoryCsv.parse(in, "hyper-excerpt.csv");
        }
        site = tmp.resolve("site");
        try (GitStore store = GitStore.openOrCreate(tmp.resolve("store"))) {
            new Importer(store, Importer.DEFAULT_BATCH, m -> { }).run(points, "csv hyper-excerpt.csv");
            try (StoreSnapshot snap = new StoreSnapshot(store.repository())) {
                String ref = store.refName();
                StoreSnapshot.Loaded loaded = snap.load(ref, SummaryCache.none(), warnings::add);
                new SiteBuilder(warnings::add, p -> { })
                        .diffFlamegraphs(new FlameEngineDiffs())
                        .detector(StoreConfig.read(store.repository(), ref).detector(Map.of()))
                        .dataExport((runs, dir, privacy) -> DataFiles.write(runs.stream().map(privacy).toList(), dir))
                        .build(snap, loaded, new SiteContext("hyper", "store", null), SiteOptions.defaults("hyper"), site);
            }
        }
        assertThat(warnings).isEmpty();
        Files.createDirectories(SHOTS);
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** One page of each kind: the process and run are those of a change point, so they carry the most. */
    Map<String, Path> pages() throws IOException {
        Path process = site.resolve("p/end_to_end-http1_get.html");
        Path run;
        try (Stream<Path> s = Files.list(site.resolve("r/end_to_end-http1_get"))) {
            run = s.filter(p -> p.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
        }
        return Map.of("index", site.resolve("index.html"), "regressions", site.resolve("regressions.html"),
                "process", process, "run", run, "tags", site.resolve("tags.html"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The page in a viewport of exactly {@code window} (a phone's as a phone lays it out: mobile, device width). */
    private void open(Path page, Dimension window) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", window.getWidth(),
                "height", window.getHeight(), "deviceScaleFactor", 1, "mobile", window.getWidth() < 600));
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(js("return document.readyState")));
    }

    @Test
    void chartsFollowTheWindowWhenItNarrows() throws IOException {
        open(pages().get("process"), WINDOWS.get(0));
        assertThat(((Number) js("return strata.plots.length")).intValue()).isPositive();
        Dimension phone = WINDOWS.get(1);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", phone.getWidth(),
                "height", phone.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js(
                "return strata.plots.every(function (u) { return u.width <= u.root.parentNode.clientWidth; })"));
        long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as("page width after the window narrowed").isLessThanOrEqualTo(client);
    }

    @Test
    void everyPageKindFitsTheWindowAtLaptopAndPhoneWidths() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Dimension w : WINDOWS) {
            for (Map.Entry<String, Path> p : pages().entrySet()) {
                open(p.getValue(), w);
                String where = p.getKey() + " at " + w.getWidth() + " px";
                long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
                long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
                if (scroll > client) {
                    problems.add(where + ": page is " + scroll + " px wide in a " + client + " px window");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> ids = (Map<String, Object>) js(BROKEN_IDS);
                if (!p.getKey().equals("tags")) {
                    assertThat(((Number) ids.get("checked")).intValue()).as("ids on %s", where).isPositive();
                }
                ((List<?>) ids.get("broken")).forEach(b -> problems.add(where + ": id over two lines: " + b));
                @SuppressWarnings("unchecked")
                Map<String, Object> axes = (Map<String, Object>) js(AXES_OUTSIDE);
                if (p.getKey().equals("process")) {
                    assertThat(((Number) axes.get("labels")).intValue()).as("axis labels on %s", where).isGreaterThanOrEqualTo(4);
                }
                ((List<?>) axes.get("outside")).forEach(c -> problems.add(where + ": " + c));
                assertThat(browser.consoleErrors()).as("console errors on %s", where).isEmpty();
                screenshot(p.getKey() + "-" + w.getWidth(), w);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void chartsDrawWithAxesSizedToTheirLabels() throws IOException {
        for (Dimension w : WINDOWS) {
            open(pages().get("process"), w);
            long plots = ((Number) js("return strata.plots.length")).longValue();
            assertThat(plots).as("charts on the process page at %s", w).isGreaterThanOrEqualTo(1);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) js("return strata.plots[0].axes[1]._values");
            assertThat(labels).as("y labels carry the scaled unit").isNotEmpty()
                    .allMatch(l -> l.isEmpty() || l.endsWith(" µs/iter"));
        }
    }

    @Test
    void indexShowsEveryProcesssHeadlineAndWhatChangedFirst() throws IOException {
        open(pages().get("index"), WINDOWS.get(0));
        List<WebElement> rows = driver.findElements(By.cssSelector("#processes tbody tr"));
        assertThat(rows).hasSize(6);
        for (WebElement row : rows) {
            String latest = row.findElement(By.cssSelector("td.headline")).getText();
            assertThat(latest).as(row.getText()).matches("\\d+(\\.\\d+)? (ns|µs|ms|s)/iter");
            assertThat(row.findElements(By.cssSelector("svg.spark polyline"))).as(row.getText()).hasSize(1);
        }
        assertThat(driver.findElement(By.cssSelector("#processes tbody")).getText())
                .contains("end_to_end/http2_parallel_x10_req_10kb_100_chunks_adaptive_window")
                .contains("end_to_end-http2_parallel_x10_req-");
        WebElement now = driver.findElement(By.cssSelector("section.now"));
        assertThat(now.getText()).contains("Open regressions").contains("Newest change").contains("4d2125c..48d4594");
        assertThat(driver.findElement(By.tagName("footer")).getText()).contains("from the runs in store")
                .doesNotContain("store store");
    }

    @Test
    void regressionsPageGroupsSeriesThatChangedTogetherAndFilters() throws IOException {
        open(pages().get("regressions"), WINDOWS.get(0));
        List<WebElement> groups = driver.findElements(By.cssSelector("details.group"));
        WebElement together = driver.findElement(By.cssSelector("details.group[data-processes*=' ']"));
        assertThat(together.getText()).contains("4d2125c..48d4594").contains("4 series changed together: ▲ 4 regressions (+");
        if (together.getAttribute("open") != null) {
            // the newest group opens by itself: close it first (which group is newest is the detector's say)
            together.findElement(By.tagName("summary")).click();
        }
        assertThat(together.findElements(By.cssSelector("tbody tr")).get(0).isDisplayed()).isFalse();
        together.findElement(By.tagName("summary")).click();
        assertThat(together.findElements(By.cssSelector("tbody tr"))).hasSize(4).allMatch(WebElement::isDisplayed);
        List<String> dates = groups.stream().map(g -> g.getAttribute("data-date")).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(groups.get(0).getAttribute("open")).as("the newest group is open").isNotNull();
        String id = together.getAttribute("id");
        open(site.resolve("index.html"), WINDOWS.get(0));
        driver.findElement(By.cssSelector("section.now a[href$='" + id + "']")).click();
        assertThat(driver.findElement(By.id(id)).getAttribute("open"))
                .as("a link from the index opens its group").isNotNull();
        open(pages().get("regressions"), WINDOWS.get(0));
        groups = driver.findElements(By.cssSelector("details.group"));
        together = driver.findElement(By.cssSelector("details.group[data-processes*=' ']"));
        if (together.getAttribute("open") == null) {
            together.findElement(By.tagName("summary")).click();
        }

        driver.findElement(By.cssSelector("#filters input[name=regression]")).click();
        assertThat(groups).noneMatch(WebElement::isDisplayed);
        driver.findElement(By.cssSelector("#filters input[name=regression]")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("#filters select[name=process]")))
                .selectByValue("end_to_end-http2_get");
        assertThat(groups.stream().filter(WebElement::isDisplayed)).hasSize(1);
        assertThat(together.findElements(By.cssSelector("tbody tr")).stream().filter(WebElement::isDisplayed)).hasSize(1);
        js("var f = document.getElementById('filters'); f.process.value = ''; f.from.value = '2021-02-06';"
                + "f.dispatchEvent(new Event('change'));");
        assertThat(together.isDisplayed()).isFalse();
        assertThat(groups.stream().filter(WebElement::isDisplayed)).hasSize(groups.size() - 1);
    }

    /** The whole page (up to 8,000 px down) as a reader scrolling it at this width sees it. */
    private void screenshot(String name, Dimension window) throws IOException {
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", window.getWidth(),
                "height", Math.min(8000, Math.max(window.getHeight(), height)), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * Ids drawn over more than one line: every text of the page that is a commit id, a range of them,
     * a run id (ULID) or a run folder, measured by the lines its text occupies.
     */
    static final String BROKEN_IDS = """
            var out = [], checked = 0, id = /^([0-9a-f]{7,40}(\\.\\.[0-9a-f]{7,40})?|[0-9A-HJKMNP-TV-Z]{26}|\\d{4}-\\d\\d-\\d\\dT[0-9-]+\\.\\d{3}Z-[a-z0-9]{4})$/;
            var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walk.nextNode()) {
              var node = walk.currentNode, t = node.textContent.trim();
              if (!id.test(t)) continue;
              checked++;
              var range = document.createRange(), lines = {};
              range.selectNodeContents(node);
              [].forEach.call(range.getClientRects(), function (r) { if (r.width > 0) lines[Math.round(r.top)] = 1; });
              if (Object.keys(lines).length > 1) out.push(t);
            }
            return { checked: checked, broken: out };""";

    /**
     * Axis labels outside their chart's canvas: a y axis narrower than its widest label (plus tick and
     * gap, as uPlot lays it out), an x label running over the canvas's left or right edge.
     */
    static final String AXES_OUTSIDE = """
            var out = [], labels = 0, ratio = window.devicePixelRatio || 1;
            (window.strata ? strata.plots : []).forEach(function (u, n) {
              var ctx = u.ctx;
              u.axes.forEach(function (a, i) {
                if (a.show === false || !a._values) return;
                ctx.font = a.font[0];
                function width(label) {
                  return Math.max.apply(null, String(label).split('\\n').map(function (l) { return ctx.measureText(l).width / ratio; }));
                }
                labels += a._values.filter(function (l) { return l != null && l !== ''; }).length;
                var vertical = a.side === 1 || a.side === 3;
                if (vertical) {
                  var widest = Math.max.apply(null, a._values.map(width).concat([0]));
                  if (a._size < widest + a.ticks.size + a.gap)
                    out.push('chart ' + n + ' axis ' + i + ' is ' + a._size + ' px for labels ' + Math.ceil(widest) + ' px wide');
                } else {
                  var left = u.bbox.left / ratio, canvas = u.ctx.canvas.width / ratio;
                  a._splits.forEach(function (v, j) {
                    var label = a._values[j];
                    if (label == null || label === '') return;
                    var x = left + u.valToPos(v, a.scale), w = width(label);
                    if (x < left - 1 || x > left + u.bbox.width / ratio + 1) return;
                    if (x - w / 2 < 0 || x + w / 2 > canvas)
                      out.push('chart ' + n + ' x label "' + label.replace('\\n', ' ') + '" spans ' + Math.round(x - w / 2) + '..'
                        + Math.round(x + w / 2) + ' px of a ' + Math.round(canvas) + ' px canvas');
                  });
                }
              });
            });
            return { labels: labels, outside: out };""";
}
