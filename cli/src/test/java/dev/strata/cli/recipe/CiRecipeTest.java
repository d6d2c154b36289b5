package dev.strata.cli.recipe;

import dev.strata.testing.Browser;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Actions recipe of examples/github-actions, run step by step on this machine against a
 * local bare repository standing for GitHub: two pushes to main (two matrix jobs pushing to the
 * results branch at once, then the Pages site), a pull request that changes nothing and one whose
 * last commit makes the Python workload three times slower.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class CiRecipeTest {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path tmp;

    @Test
    void theRecipeCollectsGatesAndPublishes() throws Exception {
        Path seed = seedRepository();
        Path origin = tmp.resolve("github").resolve("project.git");
        Git.ok(tmp, "clone", "-q", "--bare", seed.toString(), origin.toString());
        Path action = Recipe.stageAction(REPO, tmp.resolve("strata-action"));
        Recipe recipe = new Recipe(REPO.resolve("examples/github-actions/perf.yml"), action, tmp.resolve("runners"));

        try (Pages pages = new Pages(tmp.resolve("pages"))) {
            // two commits on main, each measured by two jobs at once, then published
            String first = head(seed);
            List<Recipe.JobRun> push1 = recipe.run(Event.push(origin, first, pages));
            assertGreen(push1, 3);
            String second = commit(seed, "README.md", "# project\n\nfaster docs\n", "docs");
            Git.ok(seed, "push", "-q", origin.toString(), "main");
            assertGreen(recipe.run(Event.push(origin, second, pages)), 3);
            assertThat(recipe.notRunHere).as("the macOS half of the matrix").hasSize(2)
                    .allSatisfy(m -> assertThat(m.get("os")).isEqualTo("macos-latest"));

            String files = Git.ok(origin, "ls-tree", "-r", "--name-only", "perf-results");
            assertThat(files.lines().filter(l -> l.startsWith("normalize-py/") && l.endsWith("/run.json"))).hasSize(6);
            assertThat(files.lines().filter(l -> l.startsWith("normalize-r/") && l.endsWith("/run.json"))).hasSize(6);
            Git.ok(origin, "fsck", "--strict", "--no-dangling");
            assertThat(Git.ok(origin, "rev-list", "--count", "main").trim()).as("main holds code only").isEqualTo("2");

            crawl(pages);

            // a pull request that changes nothing: green, and says so in the summary and the comment
            String ok = branch(seed, origin, "feature-ok", second, "bench/normalize.py",
                    read("recipe/bench/normalize.py").replace("PASSES = 1", "PASSES = 1  # unchanged"));
            List<Recipe.JobRun> calm = recipe.run(Event.pullRequest(origin, ok, second, pages));
            assertGreen(calm, 3);
            for (Recipe.JobRun j : calm) {
                assertThat(j.result().exitCodes()).containsEntry("Check against the base branch", 0);
                assertThat(j.result().summary()).contains("strata check: no regression");
                assertThat(j.result().comments()).singleElement().asString().startsWith("<!-- strata-check -->")
                        .contains("no regression");
            }
            assertThat(Git.ok(origin, "ls-tree", "-r", "--name-only", "perf-results")).as("pull requests do not push")
                    .isEqualTo(files);

            // a pull request whose last commit is three times slower in Python: red, naming it
            String slow = branch(seed, origin, "feature-slow", second, "bench/normalize.py",
                    read("recipe/bench/normalize.py").replace("PASSES = 1", "PASSES = 3"));
            List<Recipe.JobRun> gate = recipe.run(Event.pullRequest(origin, slow, second, pages));
            Recipe.JobRun py = only(gate, "python");
            Recipe.JobRun r = only(gate, "r");
            assertThat(r.result().failed()).as(r.result().log()).isFalse();
            assertThat(py.result().failed()).as(py.result().log()).isTrue();
            assertThat(py.result().exitCodes()).containsEntry("Measure", 0).containsEntry("Check against the base branch", 1);
            String summary = py.result().summary();
            assertThat(summary).contains("regression").contains("normalize-py")
                    .contains("commits `" + second.substring(0, 7) + ".." + slow.substring(0, 7) + "`")
                    .contains(pages.baseUrl() + "/p/normalize-py.html");
            Matcher ratio = Pattern.compile("\\*\\*normalize-py\\*\\* userSeconds: (\\d+\\.\\d+)×").matcher(summary);
            assertThat(ratio.find()).as(summary).isTrue();
            assertThat(Double.parseDouble(ratio.group(1))).as(summary).isGreaterThan(1.5);
            assertThat(py.result().comments()).singleElement().asString().contains("normalize-py");
            // the summary's links lead to the published trend, baseline run and regressions pages
            Matcher link = Pattern.compile("\\]\\((http://[^)]+)\\)").matcher(summary);
            HttpClient http = HttpClient.newHttpClient();
            int links = 0;
            while (link.find()) {
                links++;
                assertThat(http.send(HttpRequest.newBuilder(URI.create(link.group(1))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()).as(link.group(1)).isEqualTo(200);
            }
            assertThat(links).isGreaterThanOrEqualTo(3);
        }
    }

    private static void assertGreen(List<Recipe.JobRun> jobs, int atLeast) {
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(2);
        for (Recipe.JobRun j : jobs) {
            assertThat(j.result().failed()).as(j.job() + " " + j.matrix() + "\n" + j.result().log()).isFalse();
            assertThat(j.result().exitCodes()).hasSizeGreaterThanOrEqualTo(atLeast);
        }
    }

    private static Recipe.JobRun only(List<Recipe.JobRun> jobs, String language) {
        return jobs.stream().filter(j -> language.equals(j.matrix().get("language"))).findFirst().orElseThrow();
    }

    /** Every page reachable from index.html, in Chromium, over HTTP under /project/: each must load. */
    private static void crawl(Pages pages) throws Exception {
        String root = pages.baseUrl() + "/";
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(root + "index.html"));
        HttpClient http = HttpClient.newHttpClient();
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            while (!queue.isEmpty()) {
                String url = queue.poll();
                if (!seen.add(url)) {
                    continue;
                }
                if (!url.endsWith(".html")) {
                    int status = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    assertThat(status).as(url).isEqualTo(200);
                    continue;
                }
                driver.get(url);
                assertThat(pages.statuses.get(URI.create(url).getPath())).as(url).isEqualTo(200);
                @SuppressWarnings("unchecked")
                List<String> refs = (List<String>) ((JavascriptExecutor) driver).executeScript(
                        "return Array.from(document.querySelectorAll('a[href],link[href],script[src],img[src],"
                                + "iframe[src],object[data]')).map(e => e.href || e.src || e.data)");
                for (String ref : refs) {
                    String clean = ref.replaceAll("[#?].*$", "");
                    if (clean.startsWith("http://127.0.0.1")) {
                        assertThat(clean).as("a link on " + url + " leaves the site's sub-path").startsWith(root);
                        queue.add(clean);
                    }
                }
            }
            // the browser asks the host's root for /favicon.ico by itself: on Pages that is the owner's site, not ours
            assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains(pages.hostRoot() + "favicon.ico")).isEmpty();
        }
        Map<String, Integer> asked = new java.util.TreeMap<>(pages.statuses);
        asked.remove("/favicon.ico");
        assertThat(asked).as("requests that found nothing").doesNotContainValue(404);
        assertThat(seen.stream().filter(u -> u.contains("/p/"))).hasSize(2);
        assertThat(seen.stream().filter(u -> u.contains("/r/") && u.endsWith(".html"))).hasSizeGreaterThanOrEqualTo(12);
    }

    private Path seedRepository() throws Exception {
        Path seed = tmp.resolve("seed");
        Files.createDirectories(seed.resolve("bench"));
        Git.ok(seed, "init", "-q", "-b", "main");
        Files.writeString(seed.resolve("bench/normalize.py"), read("recipe/bench/normalize.py"));
        Files.writeString(seed.resolve("bench/normalize.R"), read("recipe/bench/normalize.R"));
        Files.writeString(seed.resolve("bench/perf.suite.yaml"), read("recipe/bench/perf.suite.yaml"));
        Files.writeString(seed.resolve("README.md"), "# project\n");
        Git.ok(seed, "add", ".");
        Git.ok(seed, "commit", "-q", "-m", "workloads");
        return seed;
    }

    private static String commit(Path repo, String file, String text, String message) throws Exception {
        Files.writeString(repo.resolve(file), text);
        Git.ok(repo, "commit", "-q", "-am", message);
        return head(repo);
    }

    private static String branch(Path seed, Path origin, String name, String from, String file, String text) throws Exception {
        Git.ok(seed, "checkout", "-q", "-b", name, from);
        String sha = commit(seed, file, text, name);
        Git.ok(seed, "push", "-q", origin.toString(), name);
        Git.ok(seed, "checkout", "-q", "main");
        return sha;
    }

    private static String head(Path repo) {
        return Git.ok(repo, "rev-parse", "HEAD").trim();
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = CiRecipeTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

}
