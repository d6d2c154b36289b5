package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.strata.cli.GateFixture.strata;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata check} end to end: a real code repository, a real store, every exit code. */
class CheckCommandTest {

    @TempDir
    Path dir;
    GateFixture f;

    /** Commits 0..3 of the code; runs of 0 (tagged v1.0), 1 and 2 at 10 s, of 3 (HEAD) at 13 s; commit 4 has none. */
    @BeforeEach
    void setUp() throws Exception {
        f = new GateFixture(dir, 5);
        f.record("ingest", 0, 5, 10.0, "v1.0");
        f.record("ingest", 1, 5, 10.0, null);
        f.record("ingest", 2, 5, 10.0, null);
        f.record("ingest", 4, 5, 13.0, null);
        try (var git = org.eclipse.jgit.api.Git.open(f.code.toFile())) {
            git.tag().setName("v0.9").setObjectId(git.getRepository().parseCommit(
                    git.getRepository().resolve(f.shas.get(3)))).setAnnotated(false).call();
        }
    }

    private String[] check(String... more) {
        String[] base = {"check", "--store", f.store.toString(), "--repo", f.code.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aRegressionExitsOneAndWritesEveryReport() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "# earlier step\n");
        GateFixture.Result r = strata(check("--baseline", "v1.0", "--junit", dir.resolve("out/perf.xml").toString(),
                "--json", dir.resolve("out/perf.json").toString(), "--markdown", dir.resolve("out/perf.md").toString(),
                "--step-summary", summary.toString()));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("current HEAD (" + f.shas.get(4).substring(0, 10) + ") vs baseline v1.0 (")
                .containsPattern("REGRESSION +ingest +wallSeconds +10\\.\\d s +13\\.\\d s +\\+30\\.\\d%")
                .containsPattern("REGRESSION +ingest +cells_per_second")
                .contains("2 regressions in 3 comparisons");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/perf.json").toFile());
        assertThat(json.get("result").asText()).isEqualTo("regression");
        assertThat(json.get("comparisons")).hasSize(3);
        String xml = Files.readString(dir.resolve("out/perf.xml"));
        assertThat(xml).contains("tests=\"3\" failures=\"2\"").contains("<testcase classname=\"ingest\" name=\"wallSeconds\">");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("out/perf.xml").toFile());
        String md = Files.readString(dir.resolve("out/perf.md"));
        assertThat(md).startsWith("## strata check: 2 regressions in 3 comparisons");
        assertThat(Files.readString(summary)).startsWith("# earlier step\n## strata check: 2 regressions").contains(md);
    }

    /** Runs the real {@code strata} main in a JVM of its own, so the environment variable is really set. */
    @Test
    void theMarkdownIsAppendedToTheGithubStepSummaryWhenThatIsSet() throws Exception {
        Path summary = dir.resolve("github-summary.md");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "dev.strata.cli.Main", "check", "--store", f.store.toString(), "--repo", f.code.toString(),
                "--baseline", "v1.0");
        pb.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(1);
        assertThat(output).contains("2 regressions in 3 comparisons");
        assertThat(summary).content().startsWith("## strata check: 2 regressions in 3 comparisons")
                .contains("| ❌ regression | ingest | wallSeconds |");
    }

    @Test
    void noRegressionExitsZero() {
        GateFixture.Result r = strata(check("--current", f.shas.get(2).substring(0, 8), "--baseline", "main~3",
                "--json", dir.resolve("ok.json").toString()));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(0);
        assertThat(r.out()).contains("no regression in 3 comparisons");
        assertThat(dir.resolve("ok.json")).content().contains("\"result\" : \"pass\"");
    }

    @Test
    void lastNPoolsTheLatestCommitsBeforeTheCurrentOne() {
        GateFixture.Result r = strata(check("--baseline", "last:2", "--metric", "wallSeconds"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("vs baseline last:2 (2 commits)").contains("10 / 5");
    }

    @Test
    void thresholdsFromTheStoreAndTheCommandLineDecide() throws Exception {
        f.config("thresholds:\n  time: 40%\n  other: 40%\n");
        assertThat(strata(check("--baseline", "v1.0")).exitCode()).isEqualTo(0);
        GateFixture.Result r = strata(check("--baseline", "v1.0", "--threshold", "wallSeconds=10%"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("1 regression in 3 comparisons");
    }

    @Test
    void aBaselineWithoutRunsIsExitTwoNamingIt() {
        GateFixture.Result r = strata(check("--baseline", "v0.9"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("strata: no runs for the baseline v0.9 (commit "
                + f.shas.get(3).substring(0, 10) + ") in the store: measure it, or pick another with --baseline");
    }

    @Test
    void usageAndDataErrorsAreExitTwoWithOneLine() throws Exception {
        Path notGit = Files.createDirectories(dir.resolve("plain"));
        GateFixture.Result noRepo = strata("check", "--store", f.store.toString(), "--repo", notGit.toString());
        assertThat(noRepo.exitCode()).isEqualTo(2);
        assertThat(noRepo.err()).contains("--current HEAD: no run has that tag or commit, and there is no Git repository");

        assertThat(strata(check("--threshold", "fast")).err()).contains("--threshold fast: threshold 'fast' is not a relative change");
        assertThat(strata(check("--metric", "gpuSeconds", "--baseline", "v1.0")).err()).contains("metric 'gpuSeconds'");
        assertThat(strata(check("--baseline", "last:0")).exitCode()).isEqualTo(2);
        assertThat(strata(check("--alpha", "3")).exitCode()).isEqualTo(2);
        GateFixture.Result noStore = strata("check", "--store", dir.resolve("nowhere").toString());
        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("no store at");
        f.config("check:\n  alpha: 7\n");
        GateFixture.Result badYaml = strata(check("--baseline", "v1.0"));
        assertThat(badYaml.exitCode()).isEqualTo(2);
        assertThat(badYaml.err()).contains("strata.yaml in the store").contains("check.alpha");
        assertThat(strata(check("--current", "deadbeef")).exitCode()).isEqualTo(2);
    }
}
