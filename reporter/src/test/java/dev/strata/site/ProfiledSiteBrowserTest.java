package dev.strata.site;

import dev.strata.measure.Launcher;
import dev.strata.profilers.PySpy;
import dev.strata.run.Collector;
import dev.strata.run.RunOutcome;
import dev.strata.run.RunRequest;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;
import dev.strata.store.GitStore;
import dev.strata.store.StoreLocation;
import dev.strata.testing.Browser;
import dev.strata.testing.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site built from real runs profiled by py-spy at two commits of a real repository, where
 * {@code slow_part} got slower in the second: in Chromium, the trend point opens the run, its
 * flamegraph zooms, and its differential flamegraph shows {@code slow_part} red.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ProfiledSiteBrowserTest {

    private static final String WORK = """
            def steady(n):
                s = 0
                for i in range(n):
                    s += i %% 7
                return s


            def slow_part(n):
                s = 0
                for i in range(n):
                    s += i * i %% 11
                return s


            if __name__ == "__main__":
                # long enough on a fast machine for py-spy, which attaches a moment after start, to see it
                for _ in range(100):
                    steady(150000)
                    slow_part(%d)
            """;

    Path site;
    String newestSha;
    Browser browser;
    WebDriver driver;
    final List<String> warnings = new ArrayList<>();

    @BeforeAll
    void profileTwoCommitsBuildTheSiteAndStartTheBrowser() throws Exception {
        Path tmp = Files.createTempDirectory("strata-profiled-site");
        Path code = Files.createDirectories(tmp.resolve("code"));
        Path store = tmp.resolve("store");
        Git.ok(code, "init", "-q", "-b", "main");
        Collector collector = new Collector(Launcher.withSystemTime(), System.getenv(), warnings::add);
        int[] slow = {20000, 300000};
        for (int i = 0; i < slow.length; i++) {
            if (i > 0) {
                // commit times have one-second resolution: two commits in one second have no order by time
                Thread.sleep(1100);
            }
            Files.writeString(code.resolve("work.py"), String.format(java.util.Locale.ROOT, WORK, slow[i]));
            Git.ok(code, "add", "work.py");
            Git.ok(code, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "commit " + i);
            RunOutcome o = collector.run(RunRequest.builder(List.of("python3", "work.py"), code).name("work")
                    .profilers(List.of(PySpy.defaults())).store(new StoreLocation(store, null)).build());
            assertThat(o.record().profiles()).as("py-spy profile; warnings " + warnings).isNotNull();
            newestSha = o.record().git().shortSha();
        }
        site = tmp.resolve("site");
        try (GitStore g = GitStore.open(store); StoreSnapshot snap = new StoreSnapshot(g.repository())) {
            StoreSnapshot.Loaded loaded = snap.load(g.refName(), SummaryCache.none(), warnings::add);
            new SiteBuilder(warnings::add, p -> { }).diffFlamegraphs(new FlameEngineDiffs())
                    .build(snap, loaded, new SiteContext("profiled", "store", null), SiteOptions.defaults("profiled"),
                            site);
        }
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void waitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The rect of the first frame whose name starts with {@code prefix}, in the SVG of the current frame. */
    private WebElement rect(String prefix) {
        return (WebElement) js("var gs = document.querySelectorAll('.sf-frames > g');"
                + "for (var i = 0; i < gs.length; i++) { if (gs[i].querySelector('title').textContent"
                + ".indexOf(arguments[0]) === 0) return gs[i].querySelector('rect'); } return null;", prefix);
    }

    @Test
    void trendPointOpensTheRunWhoseFlamegraphZoomsAndWhoseDiffShowsTheSlowerFunctionRed() {
        driver.get(site.resolve("p/work.html").toUri().toString());
        waitLoaded();
        assertThat(driver.findElement(By.id("runs")).getText()).contains("py-spy");
        WebElement over = driver.findElement(By.cssSelector("[data-chart='m0'] .u-over"));
        WebElement tip = driver.findElement(By.cssSelector("[data-chart='m0'] .tooltip"));
        int w = over.getSize().getWidth();
        int h = over.getSize().getHeight();
        int y = -h / 2 + 2;
        for (; y < h / 2; y += 3) {
            new Actions(driver).moveToElement(over, w / 2 - 3, y).perform();
            if (tip.isDisplayed() && tip.getText().contains("click to open the run") && tip.getText().contains(newestSha)) {
                break;
            }
        }
        assertThat(y).as("the newest point opens its run").isLessThan(h / 2);
        new Actions(driver).moveToElement(over, w / 2 - 3, y).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/r/work/"));
        waitLoaded();

        // the run's own flamegraph: clicking slow_part zooms it to the full width
        List<WebElement> frames = driver.findElements(By.cssSelector("#flamegraphs iframe.flame"));
        assertThat(frames).as("flamegraph and diff frames").hasSizeGreaterThanOrEqualTo(2);
        driver.switchTo().frame(frames.get(0));
        WebElement slow = rect("slow_part");
        assertThat(slow).as(driver.getPageSource()).isNotNull();
        double before = Double.parseDouble(slow.getAttribute("width"));
        slow.click();
        double after = Double.parseDouble(rect("slow_part").getAttribute("width"));
        assertThat(after).isGreaterThan(before * 1.2).isGreaterThan(1000);
        driver.switchTo().defaultContent();

        // the diff against the previous profiled run: slow_part red (more), steady blue (less)
        WebElement diff = driver.findElement(By.cssSelector("#diff iframe.flame"));
        driver.switchTo().frame(diff);
        int[] red = rgb(rect("slow_part").getAttribute("fill"));
        int[] blue = rgb(rect("steady").getAttribute("fill"));
        driver.switchTo().defaultContent();
        assertThat(red[0]).as("slow_part is red").isEqualTo(255);
        assertThat(red[1]).isLessThan(200);
        assertThat(blue[2]).as("steady is blue").isEqualTo(255);
        assertThat(blue[0]).isLessThan(230);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[]{v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF};
    }
}
