package dev.strata.cli;

import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo at its reduced size, end to end: real workloads at eight real commits, then the site. */
class DemoCommandTest {

    @TempDir
    Path dir;

    private static List<Map<String, String>> csv(String text) throws java.io.IOException {
        List<Map<String, String>> out = new java.util.ArrayList<>();
        for (var row : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text))) {
            out.add(row.toMap());
        }
        return out;
    }

    private static String sha(List<String> log, int i) {
        return log.get(i).split(" ")[0];
    }

    @Test
    void theSiteShowsTheRegressionAtTheCommitThatIntroducedIt() throws Exception {
        Path store = dir.resolve("results");
        Path site = dir.resolve("site");
        Path work = dir.resolve("work");
        String root = System.getProperty("strata.root");
        Strata.Result r = Strata.run("demo", "--quick", "--store", store.toString(), "--out", site.toString(),
                "--workdir", work.toString(), "--examples", Path.of(root, "examples").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();

        // the throwaway repository: 23 commits, two releases
        Path repo = work.resolve("cellkit");
        List<String> log = Git.ok(repo, "log", "--abbrev=7", "--format=%h %s", "--reverse").lines().toList();
        assertThat(log).hasSize(23);
        assertThat(Git.ok(repo, "tag").lines()).containsExactly("v1.0", "v1.1");
        assertThat(log.get(9)).endsWith("normalize_total: one comprehension per cell");
        assertThat(log.get(10)).endsWith("ingest: keep a dense view for quality control");

        // 23 commits x (normalize 1 warm-up + 3, ingest at its smallest size 1 warm-up + 3)
        assertThat(Strata.runs(store)).hasSize(23 * 8);

        // the regressions page names the commit that made normalize slower and the one that made
        // ingest need more memory, each as the range from the commit before it
        String regressions = Files.readString(site.resolve("regressions.html"));
        String slower = sha(log, 8) + ".." + sha(log, 9);
        String bigger = sha(log, 9) + ".." + sha(log, 10);
        assertThat(regressions).as(r.err()).contains(slower).contains(bigger);

        // enough commits follow each planted change for it to be flagged, not only possible: normalize's
        // by its CPU time (twice the work; the wall time of a loaded test machine can hide it), ingest's by
        // its peak memory
        Strata.Result detect = Strata.run("detect", "--store", store.toString(), "--format", "csv");
        assertThat(detect.exitCode()).as(detect.err()).isZero();
        List<Map<String, String>> rows = csv(detect.out());
        assertThat(rows).as(detect.out()).anySatisfy(row -> {
            assertThat(row).containsEntry("process", "normalize").containsEntry("metric", "userSeconds")
                    .containsEntry("direction", "regression").containsEntry("status", "flagged");
            assertThat(row.get("first_bad_sha")).startsWith(sha(log, 9));
        });
        assertThat(rows).as(detect.out()).anySatisfy(row -> {
            assertThat(row).containsEntry("process", "ingest").containsEntry("metric", "maxRssBytes")
                    .containsEntry("direction", "regression").containsEntry("status", "flagged");
            assertThat(row.get("first_bad_sha")).startsWith(sha(log, 10));
        });
        assertThat(Files.readString(site.resolve("tags.html"))).contains("v1.1", "v1.0");
    }
}
