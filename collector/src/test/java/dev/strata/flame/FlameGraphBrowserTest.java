package dev.strata.flame;

import dev.strata.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SVG as users see it: in a real headless Chromium, opened from disk and embedded in pages. */
class FlameGraphBrowserTest {

    static final String PWNED = "<script>document.documentElement.setAttribute('data-pwned','1')</script>";
    static final String INPUT = "main;load;read_csv 30\nmain;load;parse 20\nmain;compute;matmul 40\nmain;compute 5\n"
            + "main;" + PWNED + " 4\nmain;compute;matmul;dgemm 1\n";

    static Browser browser;
    static ChromeDriver driver;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static Path svgFile(String name, FlameOptions options) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, SvgFrames.render(Folded.read(INPUT), options));
        return file;
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static WebElement frame(String name) {
        for (WebElement g : driver.findElements(By.cssSelector("g.sf-frames > g"))) {
            String title = (String) js("return arguments[0].querySelector('title').textContent", g);
            if (title.startsWith(name + "\n")) {
                return g;
            }
        }
        throw new AssertionError("no frame " + name);
    }

    static double rectWidth(WebElement g) {
        return Double.parseDouble(g.findElement(By.tagName("rect")).getAttribute("width"));
    }

    @Test
    void opensFromDiskZoomsSearchesAndNeverRunsFrameNames() throws IOException {
        driver.get(svgFile("flame.svg", FlameOptions.defaults().withMinWidthPercent(0)).toUri().toString());
        assertThat(js("return !!document.documentElement.strataFlame")).isEqualTo(true);
        assertNoAlert(driver);
        assertThat(js("return document.documentElement.getAttribute('data-pwned')")).isNull();
        assertThat(browser.consoleErrors()).isEmpty();

        // the hostile frame is drawn as text
        assertThat(frame(PWNED).findElement(By.tagName("title")).getAttribute("textContent")).startsWith(PWNED);

        // click to zoom: the clicked frame takes the full width, its ancestors too, the rest hides
        WebElement load = frame("load");
        assertThat(rectWidth(load)).isEqualTo(590.0);  // 50 of 100 samples of 1180 px
        load.findElement(By.tagName("rect")).click();
        assertThat(rectWidth(frame("load"))).isEqualTo(1180.0);
        assertThat(rectWidth(frame("read_csv"))).isEqualTo(708.0);  // 30 of 50
        assertThat(frame("matmul").getAttribute("class")).contains("sf-hide");
        assertThat(frame("main").getAttribute("class")).contains("sf-outer");
        WebElement reset = driver.findElement(By.cssSelector(".sf-reset"));
        assertThat(reset.isDisplayed()).isTrue();
        reset.click();
        assertThat(rectWidth(frame("load"))).isEqualTo(590.0);
        assertThat(frame("matmul").getAttribute("class")).doesNotContain("sf-hide");

        // search through the prompt a user gets: matches highlighted, nested matches counted once
        driver.findElement(By.cssSelector(".sf-search")).click();
        driver.switchTo().alert().sendKeys("^(matmul|dgemm|read)");
        driver.switchTo().alert().accept();
        assertThat(driver.findElement(By.cssSelector(".sf-matched")).getText()).isEqualTo("Matched: 71.00%");
        assertThat(fill(frame("matmul"))).isEqualTo("#e600e6");
        assertThat(fill(frame("dgemm"))).isEqualTo("#e600e6");
        assertThat(fill(frame("read_csv"))).isEqualTo("#e600e6");
        assertThat(fill(frame("parse"))).isNotEqualTo("#e600e6");
        driver.findElement(By.cssSelector(".sf-search")).click();  // now "Reset Search"
        assertThat(fill(frame("matmul"))).isNotEqualTo("#e600e6");

        // searching for the hostile name finds it as text, and nothing ran
        assertThat(js("return String(document.documentElement.strataFlame.search('script'))")).isEqualTo("4");
        assertThat(js("return document.documentElement.getAttribute('data-pwned')")).isNull();
        assertNoAlert(driver);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void worksEmbeddedInPagesAsObjectImageAndInline() throws IOException {
        Path svg = svgFile("embedded.svg", FlameOptions.defaults().withMinWidthPercent(0).withIcicle(true));
        String markup = Files.readString(svg, StandardCharsets.UTF_8);
        String inline = markup.substring(markup.indexOf("<svg"));
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<!doctype html><html><head><meta charset=\"utf-8\"><title>run</title></head><body>"
                + "<object id=\"obj\" type=\"image/svg+xml\" data=\"embedded.svg\" width=\"600\"></object>"
                + "<img id=\"img\" src=\"embedded.svg\" width=\"600\">"
                + "<div id=\"a\">" + inline + "</div><div id=\"b\">" + inline + "</div></body></html>",
                StandardCharsets.UTF_8);
        driver.get(page.toUri().toString());
        waitFor("var d = document.getElementById('obj').contentDocument;"
                + " return !!(d && d.documentElement && d.documentElement.strataFlame)");
        assertThat(js("return document.getElementById('img').naturalWidth")).isEqualTo(1200L);

        // two inline graphs on one page: each script found its own svg; zooming one leaves the other
        assertThat(js("return Array.from(document.querySelectorAll('svg.strata-flame')).every(s => !!s.strataFlame)"))
                .isEqualTo(true);
        List<WebElement> loads = driver.findElements(By.xpath("//*[local-name()='g' and starts-with(*[local-name()='title'], 'load')]"));
        assertThat(loads).hasSize(2);
        loads.get(0).findElement(By.tagName("rect")).click();
        assertThat(rectWidth(loads.get(0))).isEqualTo(1180.0);
        assertThat(rectWidth(loads.get(1))).isEqualTo(590.0);

        // inside the <object>, zoom works as on its own
        assertThat(js("var s = document.getElementById('obj').contentDocument.documentElement;"
                + " s.strataFlame.zoom(2); return s.querySelectorAll('.sf-frames > g')[2].querySelector('rect').getAttribute('width')"))
                .isEqualTo("1180.00");
        assertThat(js("return document.documentElement.getAttribute('data-pwned')")).isNull();
        assertNoAlert(driver);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    static String fill(WebElement g) {
        return g.findElement(By.tagName("rect")).getAttribute("fill");
    }

    static void waitFor(String script) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!Boolean.TRUE.equals(js(script))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for: " + script);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static void assertNoAlert(WebDriver d) {
        assertThatThrownBy(() -> d.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
