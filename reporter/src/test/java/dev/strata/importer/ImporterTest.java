package dev.strata.importer;

import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;
import dev.strata.record.Better;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.ProcessKey;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class ImporterTest {

    /** A run read back whole. */
    record Stored(String path, RunRecord record) {
    }

    static List<Stored> runs(GitStore store) {
        List<Stored> out = new ArrayList<>();
        try (StoreSnapshot snapshot = new StoreSnapshot(store.repository())) {
            for (RunSummary s : snapshot.load(store.refName(), SummaryCache.none(), w -> {
                throw new AssertionError(w);
            }).runs()) {
                out.add(new Stored(s.path(), snapshot.record(s, w -> {
                    throw new AssertionError(w);
                })));
            }
        }
        return out;
    }

    static long commits(GitStore store) throws Exception {
        try (Git git = Git.wrap(store.repository())) {
            return StreamSupport.stream(git.log().call().spliterator(), false).count();
        }
    }

    @Test
    void importsARealHistoryOnceInBatches(@TempDir Path dir) throws Exception {
        List<ImportedPoint> points = Histories.points("bsl-language-server.csv");
        try (GitStore store = GitStore.openOrCreate(dir.resolve("store"))) {
            ImportReport first = new Importer(store, 120, m -> { }).run(points, "csv bsl-language-server.csv");
            assertThat(first).isEqualTo(new ImportReport(300, 300, 0, 3));
            assertThat(commits(store)).isEqualTo(3);

            ImportReport again = new Importer(store, 120, m -> { }).run(points, "csv bsl-language-server.csv");
            assertThat(again).isEqualTo(new ImportReport(300, 0, 300, 0));
            assertThat(commits(store)).isEqualTo(3);

            List<Stored> runs = runs(store);
            assertThat(runs).hasSize(300);
            RunRecord r = runs.get(0).record();
            assertThat(r.process()).isEqualTo("github-scripts-benchmark.py-test_analyze_ssl31");
            assertThat(r.description()).isEqualTo(".github/scripts/benchmark.py::test_analyze_ssl31");
            assertThat(r.customMetrics().get(PointRuns.METRIC).unit()).isEqualTo("sec");
            assertThat(r.customMetrics().get(PointRuns.METRIC).better()).isEqualTo(Better.LOWER);
            assertThat(r.userData().path("imported").path("from").asText()).isEqualTo("csv");
            assertThat(r.userData().path("imported").path("file").asText()).isEqualTo("bsl-language-server.csv");
            assertThat(r.git().sha()).hasSize(40);
            assertThat(r.git().commitTime()).isEqualTo(r.startedAt());
            assertThat(runs.stream().map(x -> x.record().id()).distinct()).hasSize(300);
        }
    }

    @Test
    void aGrownHistoryAddsOnlyItsNewPoints(@TempDir Path dir) {
        List<ImportedPoint> points = Histories.points("bsl-language-server.csv");
        try (GitStore store = GitStore.openOrCreate(dir.resolve("store"))) {
            new Importer(store, 1000, m -> { }).run(points.subList(0, 230), "csv part");
            ImportReport grown = new Importer(store, 1000, m -> { }).run(points, "csv whole");
            assertThat(grown.added()).isEqualTo(70);
            assertThat(grown.alreadyPresent()).isEqualTo(230);
            assertThat(runs(store)).hasSize(300);
        }
    }

    @Test
    void parametrisedAsvBenchmarksBecomeOneProcessPerParameterSet(@TempDir Path dir) {
        List<ImportedPoint> points = AsvResults.read(AsvResultsTest.FIXTURE);
        try (GitStore store = GitStore.openOrCreate(dir.resolve("store"))) {
            assertThat(new Importer(store, 1000, m -> { }).run(points, "asv results").added()).isEqualTo(8);
            List<Stored> runs = runs(store);
            assertThat(runs.stream().map(r -> r.record().process()).distinct().sorted()).containsExactly(
                    "io.read.peakmem_read-format-csv", "io.read.peakmem_read-format-parquet",
                    "io.read.time_read-format-csv-n_rows-1000", "io.read.time_read-format-csv-n_rows-100000",
                    "io.read.time_read-format-parquet-n_rows-1000", "io.read.track_rows_per_sec",
                    "query.queryfilter.time_filter");
            RunRecord csv = runs.stream().map(Stored::record)
                    .filter(r -> r.process().equals("io.read.time_read-format-csv-n_rows-100000")).findFirst().orElseThrow();
            assertThat(csv.params()).isEqualTo(Map.of("format", "csv", "n_rows", "100000"));
            assertThat(csv.host().id()).isEqualTo("gha-ubuntu");
            assertThat(csv.suite()).isEqualTo("virtualenv-py3.10");
        }
    }

    @Test
    void processNamesAreValidDistinctAndStable() {
        List<String> labels = List.of(
                "data_struct_benchmarks.multi_value_dict.benchmark.MultiValueDictBench.time_multi_value_dict",
                "A/b", "a-b", "::", "ok_name");
        Map<String, String> names = ProcessNames.assign(labels);
        assertThat(names.values()).allSatisfy(n -> assertThat(ProcessKey.isValid(n)).as(n).isTrue());
        assertThat(names.values()).doesNotHaveDuplicates();
        assertThat(names.get("ok_name")).isEqualTo("ok_name");
        assertThat(names.get(labels.get(0))).matches("data_struct_benchmarks\\.multi_value-[0-9a-f]{6}-time_multi_value_dict");
        assertThat(names.get("A/b")).startsWith("a-b-").isNotEqualTo(names.get("a-b"));
        assertThat(ProcessNames.assign(labels)).isEqualTo(names);
    }

    @Test
    void secretsInAHistoryNeverReachTheStore(@TempDir Path dir) throws Exception {
        String token = "ghp_" + "Q".repeat(12) + "importSecret0123";
        String password = "hunter2-import-pw";
        String userInUrl = "ci-bot:s3cr3t-in-url";
        List<ImportedPoint> points = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant t = Instant.parse("2026-01-0" + (i + 1) + "T00:00:00Z");
            points.add(new ImportedPoint("csv", "bench.csv", null, "bench.py::test_load --password " + password,
                    Map.of("api_token", token, "rows", "1000"), "%040d".formatted(i), t, t, 1.5 + i, "sec",
                    "stddev: 0.01", null, "python", "https://" + userInUrl + "@github.com/org/tool"));
        }
        try (GitStore store = GitStore.openOrCreate(dir.resolve("store"))) {
            assertThat(new Importer(store, 2, m -> { }).run(points, "csv bench.csv").added()).isEqualTo(3);
            // the store's every object, as git itself sees it
            Process p = new ProcessBuilder("git", "--git-dir", store.repository().getDirectory().toString(),
                    "cat-file", "--batch-all-objects", "--batch").redirectErrorStream(true).start();
            String all = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(p.waitFor()).isZero();
            assertThat(all).contains("test_load").doesNotContain(token).doesNotContain(password)
                    .doesNotContain("s3cr3t-in-url");
            List<Stored> runs = runs(store);
            assertThat(runs).hasSize(3).allSatisfy(r -> {
                assertThat(r.record().params()).containsEntry("rows", "1000").containsEntry("api_token", "***");
                assertThat(r.record().userData().path("imported").path("key").asText()).hasSize(32);
            });
            // the key still finds every point: importing again adds nothing
            assertThat(new Importer(store, 2, m -> { }).run(points, "csv bench.csv").alreadyPresent()).isEqualTo(3);
        }
    }
}
