package dev.strata.cli;

import dev.strata.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site built from a real store ({@link RealSite}: {@code strata run} at every commit of a code
 * repository whose workload doubles at one commit, real profiles, {@code strata report}) in a real headless
 * Chromium, opened from disk as a user would. One browser for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String SEARCH_FILL = "#e600e6";
    /** The workload's own count of its work (a custom metric). */
    private static final String METRIC = "operations";

    @TempDir
    static Path tmp;

    RealSite real;
    Path site;
    Browser browser;
    ChromeDriver driver;

    @BeforeAll
    void buildSiteAndStartBrowser() throws Exception {
        real = RealSite.build(tmp);
        site = real.site;
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

    private void open(Path page) {
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private String shortSha(int commit) {
        return real.shas.get(commit).substring(0, 7);
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The page of the run of process {@code work} at a commit. */
    private Path runPage(int commit) throws IOException {
        for (Path p : files(".html")) {
            if (p.toString().contains("/r/work/") && Files.readString(p).contains(real.shas.get(commit))) {
                return p;
            }
        }
        throw new AssertionError("no page for the run at commit " + commit);
    }

    @Test
    void trendChartMarksTheStepAtItsCommitAndAPointOpensItsRun() throws IOException {
        open(site.resolve("p/work.html"));
        String changes = driver.findElement(By.tagName("main")).getText();
        assertThat(changes).as("change points of work").contains("Change points")
                .contains(shortSha(RealSite.STEP - 1) + ".." + shortSha(RealSite.STEP));
        // the count the workload reports doubles at the step whatever the machine's load; the times double too,
        // but on a build machine under a load of 20 the detector may rightly see only noise in them
        WebElement chart = driver.findElements(By.cssSelector("figure.chart")).stream()
                .filter(f -> f.findElement(By.tagName("figcaption")).getText().startsWith(METRIC)).findFirst()
                .orElseThrow().findElement(By.cssSelector("[data-chart]"));
        WebElement over = chart.findElement(By.cssSelector(".u-over"));
        WebElement tip = chart.findElement(By.cssSelector(".tooltip"));

        // the change point is a vertical line in the regression colour; the cursor there is at the step's commit
        Number lineX = (Number) js(
                "var c = arguments[0].querySelector('canvas'), g = c.getContext('2d'), w = c.width, h = c.height;"
                        + "var px = g.getImageData(0, 0, w, h).data, best = -1, most = 0;"
                        + "for (var x = 0; x < w; x++) { var n = 0;"
                        + "  for (var y = 0; y < h; y++) { var i = (y * w + x) * 4;"
                        + "    if (Math.abs(px[i] - 179) < 30 && px[i + 1] < 80 && px[i + 2] < 80 && px[i + 3] > 200) n++; }"
                        + "  if (n > most) { most = n; best = x; } }"
                        + "if (most < h / 5) return null;"
                        + "var r = c.getBoundingClientRect(), o = arguments[0].querySelector('.u-over').getBoundingClientRect();"
                        + "return best * r.width / w + r.left - o.left;", chart);
        assertThat(lineX).as("a regression line drawn on the %s chart", METRIC).isNotNull();
        int w = over.getSize().getWidth();
        int h = over.getSize().getHeight();
        new Actions(driver).moveToElement(over, (int) Math.round(lineX.doubleValue()) - w / 2, 0).pause(100).perform();
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).as("the point under the change line").contains(shortSha(RealSite.STEP))
                .contains(METRIC).contains("median of").contains(RealSite.HOST);

        // the newest point has a run page: find it on the right edge and click it
        int x = w / 2 - 3;
        int y = -h / 2 + 2;
        for (; y < h / 2; y += 3) {
            new Actions(driver).moveToElement(over, x, y).perform();
            if (tip.isDisplayed() && tip.getText().contains("click to open the run")) {
                break;
            }
        }
        assertThat(y).as("a point that opens its run").isLessThan(h / 2);
        String sha = tip.getText().substring(0, 7);
        new Actions(driver).moveToElement(over, x, y).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/r/work/"));
        assertThat(driver.getTitle()).contains("work");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(sha);
        assertThat(sha).isEqualTo(shortSha(RealSite.COMMITS - 1));
    }

    @Test
    void runPageFlamegraphZoomsOnClickAndItsSearchHighlights() throws IOException {
        open(runPage(RealSite.COMMITS - 1));
        for (String id : List.of("metrics", "context", "environment", "tree", "timeline", "flamegraphs", "diff")) {
            assertThat(driver.findElements(By.id(id))).as("section %s", id).isNotEmpty();
        }
        browser.console();
        driver.switchTo().frame(driver.findElement(By.cssSelector("#flamegraphs iframe.flame")));
        try {
            WebElement hot = frame("hot_loop");
            double before = width(hot);
            assertThat(before).isLessThan(1180.0);
            hot.findElement(By.tagName("rect")).click();
            assertThat(width(frame("hot_loop"))).as("the clicked frame fills the width").isEqualTo(1180.0);
            assertThat(frame("load_data").getAttribute("class")).contains("sf-hide");
            driver.findElement(By.cssSelector(".sf-reset")).click();
            assertThat(width(frame("hot_loop"))).isEqualTo(before);

            // clicked from a task: chromedriver's own click waits on a dialog opened inside a sandboxed frame
            js("var b = document.querySelector('.sf-search');"
                    + " setTimeout(function () { b.dispatchEvent(new MouseEvent('click', {bubbles: true})); }, 50);");
            Alert prompt = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
            assertThat(prompt.getText()).as("the search prompt (the frame's sandbox allows modals)").contains("Search");
            prompt.sendKeys("^score");
            prompt.accept();
            assertThat(driver.findElement(By.cssSelector(".sf-matched")).getText()).matches("Matched: \\d+\\.\\d\\d%");
            assertThat(fill(frame("score"))).isEqualTo(SEARCH_FILL);
            assertThat(fill(frame("load_data"))).isNotEqualTo(SEARCH_FILL);
        } finally {
            driver.switchTo().defaultContent();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theRegressionsDiffFlamegraphOpensAndShowsTheSlowerFunctionRed() throws IOException {
        open(site.resolve("regressions.html"));
        // the series that changed in one commit range are a group: open them all, as a reader would the one they want
        driver.findElements(By.cssSelector("details.group:not([open]) > summary")).forEach(WebElement::click);
        WebElement row = driver.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> r.getText().contains("work") && r.getText().contains(METRIC)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("regression");
        assertThat(row.findElement(By.xpath("./ancestor::details")).getText()).as("the row's group: its commit range")
                .contains(shortSha(RealSite.STEP - 1) + ".." + shortSha(RealSite.STEP));
        browser.console();
        row.findElement(By.linkText("diff flamegraph")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#diff"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(real.shas.get(RealSite.STEP));
        WebElement diff = driver.findElement(By.id("diff"));
        assertThat(diff.getText()).contains(shortSha(RealSite.STEP - 1) + " ").contains(shortSha(RealSite.STEP) + " ");
        driver.switchTo().frame(diff.findElement(By.cssSelector("iframe.flame")));
        try {
            assertThat(js("return !!document.documentElement.strataFlame")).isEqualTo(true);
            int[] score = rgb(fill(frame("score")));
            assertThat(score[0]).as("score got slower: red, %s", fill(frame("score"))).isGreaterThan(score[2] + 40);
            frame("hot_loop").findElement(By.tagName("rect")).click();
            assertThat(width(frame("hot_loop"))).as("the diff zooms too").isEqualTo(1180.0);
        } finally {
            driver.switchTo().defaultContent();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void everyPageAndFlamegraphLoadsWithoutConsoleErrorsOrRequestsLeavingTheSite() throws IOException {
        List<Path> pages = new ArrayList<>(files(".html"));
        assertThat(pages).hasSizeGreaterThan(15);
        pages.addAll(files(".svg"));
        browser.console();
        for (Path p : pages) {
            open(p);
            assertThat(browser.consoleErrors()).as("console errors on %s", site.relativize(p)).isEmpty();
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) js(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertThat(resources).as("requests of %s", site.relativize(p)).allMatch(u -> u.startsWith("file:"));
            assertThat(Files.readString(p)).as("links leaving the site in %s", site.relativize(p))
                    .doesNotContainPattern("(?:href|src|action)=\"(?:https?:)?//");
            assertThat(js("return typeof window.xssed")).as("script from a run's text on %s", site.relativize(p))
                    .isEqualTo("undefined");
        }
    }

    @Test
    void everyLinkOfEveryPageResolves() throws IOException {
        Deque<Path> todo = new ArrayDeque<>(List.of(site.resolve("index.html")));
        Set<Path> seen = new HashSet<>(todo);
        List<String> broken = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            Path page = todo.poll();
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith("#") || href.isEmpty()) {
                    continue;
                }
                links++;
                assertThat(href).as("link in %s", site.relativize(page)).doesNotStartWith("/").doesNotContain("://");
                Path target = page.getParent().resolve(URI.create(href.replace(" ", "%20")).getPath()).normalize();
                if (!Files.exists(target)) {
                    broken.add(site.relativize(page) + " -> " + href);
                } else if (target.toString().endsWith(".html") && seen.add(target)) {
                    todo.add(target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).isGreaterThan(100);
        assertThat(seen).as("every page is reachable from the index").containsAll(files(".html"));
    }

    @Test
    void eachChartDrawsOnItsPage() throws IOException {
        Map<String, Path> charts = Map.of(
                "p/work.html", site.resolve("p/work.html"),
                "run timeline", runPage(RealSite.COMMITS - 1),
                "scaling.html", site.resolve("scaling.html"));
        for (Map.Entry<String, Path> c : charts.entrySet()) {
            open(c.getValue());
            @SuppressWarnings("unchecked")
            List<Number> drawn = (List<Number>) js(
                    "return Array.from(document.querySelectorAll('.plot canvas')).map(function (c) {"
                            + " var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                            + " for (var i = 3; i < px.length; i += 4) if (px[i] > 0) n++;"
                            + " return n / (c.width * c.height); });");
            assertThat(drawn).as("charts of %s", c.getKey()).isNotEmpty()
                    .allSatisfy(share -> assertThat(share.doubleValue()).as("share of drawn pixels").isGreaterThan(0.005));
            screenshot(c.getKey().replaceAll("[^a-z]+", "-"));
        }
        open(site.resolve("scaling.html"));
        assertThat(js("return window.strata.plots[0].axes[0]._values")).as("the scaling chart's x ticks")
                .isEqualTo(List.of("15,000", "30,000", "60,000", "120,000"));
        open(site.resolve("index.html"));
        WebElement spark = driver.findElement(By.cssSelector("svg.spark[aria-label*='last " + RealSite.COMMITS + " commits']"));
        assertThat(spark.getSize().getWidth()).isEqualTo(120);
        assertThat(((Number) js("return arguments[0].getBBox().width", spark)).doubleValue())
                .as("the sparkline spans its commits").isGreaterThan(60);

        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open(site.resolve("p/work.html"));
            assertThat(js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(20, 23, 28)");
            screenshot("process-dark");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void olderRunsAppearFromThePageData() {
        open(site.resolve("p/work.html"));
        int before = driver.findElements(By.cssSelector("#runs tbody tr")).size();
        driver.findElement(By.id("show-older")).click();
        int after = driver.findElements(By.cssSelector("#runs tbody tr")).size();
        assertThat(before).isLessThan(RealSite.COMMITS);
        assertThat(after).isEqualTo(RealSite.COMMITS);
    }

    @Test
    void tagPageComparesWithAnotherTagOnRequest() {
        open(site.resolve("t/v1.3.html"));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("than v1.2");
        new Select(driver.findElement(By.id("against"))).selectByValue("v1.0");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("than v1.0");
        assertThat(driver.findElement(By.id("rollup")).getText()).contains("▲ worse");
    }

    private WebElement frame(String name) {
        for (WebElement g : driver.findElements(By.cssSelector("g.sf-frames > g"))) {
            String title = (String) js("return arguments[0].querySelector('title').textContent", g);
            if (title.startsWith(name + " ")) {
                return g;
            }
        }
        throw new AssertionError("no frame " + name);
    }

    private static double width(WebElement g) {
        return Double.parseDouble(g.findElement(By.tagName("rect")).getAttribute("width"));
    }

    private String fill(WebElement g) {
        return (String) js("return arguments[0].querySelector('rect').getAttribute('fill')", g);
    }

    private static int[] rgb(String colour) {
        Matcher m = Pattern.compile("#(\\p{XDigit}{2})(\\p{XDigit}{2})(\\p{XDigit}{2})").matcher(colour);
        if (m.find()) {
            return new int[]{Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16), Integer.parseInt(m.group(3), 16)};
        }
        Matcher r = Pattern.compile("rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)").matcher(colour);
        assertThat(r.find()).as("a colour: %s", colour).isTrue();
        return new int[]{Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)), Integer.parseInt(r.group(3))};
    }

    /** The whole page as a picture in target/screenshots, for a reviewer. */
    private void screenshot(String name) throws IOException {
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(6000, Math.max(900, height + 140))));
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
