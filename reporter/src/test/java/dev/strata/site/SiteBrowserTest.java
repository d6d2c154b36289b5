package dev.strata.site;

import dev.strata.testing.Browser;
import dev.strata.testing.SampleRuns;
import dev.strata.testing.SampleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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

/** The generated site in a real headless Chromium, opened from disk as a user would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Path SHOTS = Path.of("target/screenshots");

    Path site;
    Browser browser;
    WebDriver driver;

    @BeforeAll
    void buildSiteAndStartBrowser() throws IOException {
        Path tmp = Files.createTempDirectory("strata-site-test");
        Path store = SampleStore.create(tmp.resolve("store"), SampleRuns.standard());
        site = tmp.resolve("site");
        SiteHarness h = new SiteHarness();
        h.build(store, site, new SiteOptions("strata test", null, false, 6), null);
        assertThat(h.warnings).isEmpty();
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
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The whole page: the window grows to the page's height for the shot. */
    private void screenshot(String name) throws IOException {
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(6000, Math.max(900, height + 140))));
        Files.write(SHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageLoadsWithoutConsoleErrorsOrExternalRequests() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThan(20);
        browser.console();
        for (Path p : pages) {
            open(p);
            assertThat(browser.consoleErrors()).as("console errors on %s", site.relativize(p)).isEmpty();
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) js(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertThat(resources).as("requests of %s", site.relativize(p)).allMatch(u -> u.startsWith("file:"));
            String html = Files.readString(p);
            assertThat(html).as("external links in %s", site.relativize(p))
                    .doesNotContainPattern("(?:href|src|action)=\"(?:https?:)?//");
            assertThat(js("return typeof window.xssed")).isEqualTo("undefined");
        }
    }

    @Test
    void crawlFindsNoBrokenInternalLink() throws IOException {
        Deque<Path> todo = new ArrayDeque<>(List.of(site.resolve("index.html")));
        Set<Path> seen = new HashSet<>(todo);
        List<String> broken = new ArrayList<>();
        while (!todo.isEmpty()) {
            Path page = todo.poll();
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith("#") || href.isEmpty()) {
                    continue;
                }
                assertThat(href).as("link in %s", site.relativize(page)).doesNotStartWith("/").doesNotContain("://");
                String path = URI.create(href.replace(" ", "%20")).getPath();
                Path target = page.getParent().resolve(path).normalize();
                if (!Files.exists(target)) {
                    broken.add(site.relativize(page) + " -> " + href);
                } else if (target.toString().endsWith(".html") && seen.add(target)) {
                    todo.add(target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(seen).as("every page is reachable from the index").containsAll(pages());
    }

    @Test
    void trendChartDrawsShowsTooltipAndOpensRun() throws IOException {
        open(site.resolve("p/ingest-py.html"));
        List<WebElement> canvases = driver.findElements(By.cssSelector("[data-chart='m0'] canvas"));
        assertThat(canvases).hasSize(1);
        assertThat(canvases.get(0).getSize().getWidth()).isGreaterThan(300);
        WebElement over = driver.findElement(By.cssSelector("[data-chart='m0'] .u-over"));
        WebElement tip = driver.findElement(By.cssSelector("[data-chart='m0'] .tooltip"));
        assertThat(tip.isDisplayed()).isFalse();
        int w = over.getSize().getWidth();
        new Actions(driver).moveToElement(over, w / 2 - 40, 0).pause(100).perform();
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).contains("Wall time").contains("median of").contains("range").contains("lab-xeon");
        assertThat(tip.getText()).containsPattern("[0-9a-f]{7} · 2026-03-\\d\\d");
        screenshot("process");
        // only the newest runs have pages: find a point on the right edge whose run has one, then click it
        int h = over.getSize().getHeight();
        int y = -h / 2 + 2;
        for (; y < h / 2; y += 4) {
            new Actions(driver).moveToElement(over, w / 2 - 3, y).perform();
            if (tip.getText().contains("click to open the run")) {
                break;
            }
        }
        assertThat(y).as("a point that opens a run").isLessThan(h / 2);
        new Actions(driver).moveToElement(over, w / 2 - 3, y).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/r/ingest-py/"));
        assertThat(driver.getTitle()).contains("ingest-py");
    }

    @Test
    void olderRunsAppearFromThePageData() {
        open(site.resolve("p/ingest-py.html"));
        int before = driver.findElements(By.cssSelector("#runs tbody tr")).size();
        driver.findElement(By.id("show-older")).click();
        int after = driver.findElements(By.cssSelector("#runs tbody tr")).size();
        assertThat(before).isEqualTo(6);
        assertThat(after).isEqualTo(SampleRuns.standard().stream().filter(s -> s.record().process().equals("ingest-py")).count());
    }

    @Test
    void runPageShowsEverySectionAndItsFlamegraphZoomsOnClick() throws IOException {
        Path run = pages().stream().filter(p -> p.toString().contains("/r/ingest-py/"))
                .filter(p -> {
                    try {
                        return Files.readString(p).contains("iframe");
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                }).findFirst().orElseThrow();
        open(run);
        for (String id : List.of("metrics", "context", "environment", "tree", "timeline", "flamegraphs", "warnings", "diff")) {
            assertThat(driver.findElements(By.id(id))).as("section %s", id).isNotEmpty();
        }
        assertThat(driver.findElements(By.cssSelector("[data-timeline] canvas"))).isNotEmpty();
        screenshot("run");
        WebElement frame = driver.findElement(By.cssSelector("iframe.flame"));
        driver.switchTo().frame(frame);
        // the site serves strata's own flamegraph with its engine's script: a click on a frame zooms to it
        WebElement reset = driver.findElement(By.cssSelector(".sf-reset"));
        assertThat(reset.getAttribute("class")).as(driver.getPageSource()).contains("sf-hide");
        WebElement ingest = driver.findElements(By.cssSelector(".sf-frames g")).stream()
                .filter(g -> g.findElement(By.tagName("title")).getAttribute("textContent").startsWith("ingest"))
                .findFirst().orElseThrow().findElement(By.tagName("rect"));
        double before = Double.parseDouble(ingest.getAttribute("width"));
        ingest.click();
        assertThat(reset.getAttribute("class")).doesNotContain("sf-hide");
        assertThat(Double.parseDouble(ingest.getAttribute("width"))).isGreaterThan(before * 1.5);
        driver.switchTo().defaultContent();
    }

    @Test
    void screenshotsOfEveryPageKind() throws IOException {
        Map<String, String> kinds = Map.of("index", "index.html", "tags", "tags.html", "tag", "t/v1.1.html",
                "languages", "languages.html", "hosts", "hosts.html", "scaling", "scaling.html",
                "regressions", "regressions.html", "hostile", "p/hostile.html");
        for (Map.Entry<String, String> k : kinds.entrySet()) {
            open(site.resolve(k.getValue()));
            screenshot(k.getKey());
        }
        open(site.resolve("scaling.html"));
        assertThat(driver.findElements(By.cssSelector("[data-scaling] canvas"))).isNotEmpty();
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open(site.resolve("p/ingest-py.html"));
            assertThat(js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(20, 23, 28)");
            screenshot("process-dark");
        } finally {
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of()));
        }
    }

    @Test
    void tagPageComparesWithAnotherTagOnRequest() {
        open(site.resolve("t/v1.2.html"));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("than v1.1");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("against"))).selectByValue("v1.0");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("than v1.0");
        assertThat(driver.findElement(By.id("rollup")).getText()).contains("▲ worse");
    }
}
