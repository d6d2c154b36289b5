package dev.strata.cli;

import dev.strata.flame.FlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;
import dev.strata.record.Profile;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Browser;
import dev.strata.testing.Records;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hostile SVG (and a hostile page) committed into a run folder, through the real site build, in
 * a real Chromium: opened in its frame, opened alone on the site's origin, with and without
 * {@code --public}, no script of theirs runs; strata's own flamegraph beside it still runs its own.
 */
class HostileSvgBrowserTest {

    static final String HOSTILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="120"
                 onload="document.title='pwned-onload'">
            <script>document.title='pwned-script';document.documentElement.setAttribute('data-pwned','1');alert(1)</script>
            <script xlink:href="data:text/javascript,document.title='pwned-href'"/>
            <rect width="300" height="120" fill="#fee" onmouseover="document.title='pwned-hover'"/>
            <a href="javascript:document.title='pwned-link'"><text x="5" y="20">link</text></a>
            <foreignObject width="200" height="60"><body xmlns="http://www.w3.org/1999/xhtml">
              <img src="nope.png" onerror="document.title='pwned-img'"/></body></foreignObject>
            <set attributeName="onmouseover" to="document.title='pwned-set'"/>
            <animate attributeName="href" values="javascript:document.title='pwned-animate'"/>
            <image href="http://127.0.0.1:9/beacon.png" width="1" height="1"/>
            <style>@import url(http://127.0.0.1:9/x.css);</style>
            <text x="5" y="80" class="still-here">hostile picture</text>
            </svg>
            """;
    static final String HOSTILE_PAGE = "<html><body><script>document.title='pwned-page';alert(5)</script>hi</body></html>";

    @TempDir
    static Path tmp;
    static Browser browser;
    static Path store;

    @BeforeAll
    static void setUp() throws Exception {
        browser = Browser.start();
        store = tmp.resolve("results");
        String folded = "main;load;read 40\nmain;fit 60\n";
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        FlameGraph.render(FoldedStacks.read(new ByteArrayInputStream(folded.getBytes(StandardCharsets.UTF_8)), "p", false),
                FlameOptions.defaults(), own);
        Map<String, Path> files = Map.of(
                "flamegraphs/evil.svg", Files.writeString(tmp.resolve("evil.svg"), HOSTILE),
                "flamegraphs/own.svg", Files.write(tmp.resolve("own.svg"), own.toByteArray()),
                "profiles/own.folded", Files.writeString(tmp.resolve("own.folded"), folded),
                "profiles/evil.html", Files.writeString(tmp.resolve("evil.html"), HOSTILE_PAGE));
        RunRecord.Builder b = Records.full("ingest", "c".repeat(40), Instant.parse("2026-04-01T00:00:00Z"), 2).toBuilder();
        b.profiles = List.of(new Profile("own", "cpu", "folded", "profiles/own.folded", "flamegraphs/own.svg", 1L, 100L, null),
                new Profile("evil", "cpu", "opaque", "profiles/evil.html", "flamegraphs/evil.svg", 1L, 1L, null));
        RunRecord r = b.build();
        try (GitStore s = GitStore.openOrCreate(store)) {
            s.write(new RunFiles(r.process(), r.startedAt(), RunJson.write(r), new TreeMap<>(files)));
        }
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theUnsanitisedSvgWouldRunScript() throws Exception {
        // the check below is only worth something if it catches the hostile picture as it was committed
        ChromeDriver d = browser.driver();
        d.get(Files.writeString(tmp.resolve("raw.svg"), HOSTILE).toUri().toString());
        d.switchTo().alert().dismiss();
        assertThat(d.getTitle()).startsWith("pwned");
    }

    @Test
    void privateSite() throws Exception {
        noScriptRuns(build(false));
    }

    @Test
    void publicSite() throws Exception {
        noScriptRuns(build(true));
    }

    private static Path build(boolean publicSite) {
        Path site = tmp.resolve(publicSite ? "public" : "private");
        Strata.Result r = publicSite
                ? Strata.run("report", "--store", store.toString(), "--out", site.toString(), "--public")
                : Strata.run("report", "--store", store.toString(), "--out", site.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return site;
    }

    private static void noScriptRuns(Path site) throws Exception {
        ChromeDriver d = browser.driver();
        Path runPage;
        try (Stream<Path> s = Files.walk(site.resolve("r"))) {
            runPage = s.filter(p -> p.toString().endsWith(".html") && p.getParent().getFileName().toString().equals("ingest"))
                    .findFirst().orElseThrow();
        }
        d.get(runPage.toUri().toString());
        Thread.sleep(500);
        noAlert(d);
        String pageTitle = d.getTitle();
        assertThat(pageTitle).doesNotContain("pwned");
        List<String> svgs = d.findElements(By.cssSelector("a[href$='.svg'], iframe[src$='.svg']")).stream()
                .map(e -> e.getTagName().equals("a") ? e.getAttribute("href") : e.getAttribute("src")).distinct().toList();
        assertThat(svgs).anyMatch(u -> u.endsWith("evil.svg")).anyMatch(u -> u.endsWith("own.svg"));
        for (String url : svgs) {
            d.get(url);
            Thread.sleep(300);
            noAlert(d);
            for (WebElement e : d.findElements(By.cssSelector("rect"))) {
                new org.openqa.selenium.interactions.Actions(d).moveToElement(e).perform();
            }
            noAlert(d);
            assertThat(d.getTitle()).as(url).doesNotContain("pwned");
            assertThat(d.executeScript("return document.documentElement.getAttribute('data-pwned')")).isNull();
            if (url.endsWith("evil.svg")) {
                assertThat(d.getPageSource()).contains("hostile picture").doesNotContain("foreignObject", "javascript:",
                        "onload", "127.0.0.1");
            } else {
                assertThat(d.executeScript("return !!document.documentElement.strataFlame")).as("strata's own script runs")
                        .isEqualTo(true);
            }
        }
        try (Stream<Path> s = Files.walk(site)) {
            List<String> names = s.map(p -> site.relativize(p).toString()).toList();
            assertThat(names).noneMatch(n -> n.endsWith("evil.html")).anyMatch(n -> n.endsWith("evil.html.txt")
                    || site.toString().endsWith("public"));
        }
    }

    private static void noAlert(ChromeDriver d) {
        assertThatThrownBy(() -> d.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
