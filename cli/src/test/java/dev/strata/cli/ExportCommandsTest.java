package dev.strata.cli;

import dev.strata.record.Metrics;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.store.StoredRun;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** export, query, ls and show on a store made by {@code strata import} plus one measured run. */
class ExportCommandsTest {

    static final String HISTORY = """
            series,commit,timestamp_iso,value,unit,range
            read/tile_256,1111111111111111111111111111111111111111,2024-05-20T10:00:00Z,81234,ns/iter,± 1520
            read/tile_256,2222222222222222222222222222222222222222,2024-05-21T10:00:00Z,79001,ns/iter,± 1399
            read/tile_256,3333333333333333333333333333333333333333,2024-05-22T10:00:00Z,90210,ns/iter,
            tests/bench.py::test_rate,2222222222222222222222222222222222222222,2024-05-21T10:00:05Z,412.5,iter/sec,stddev: 0.1
            """;
    static final String AWKWARD = "tiles, \"large\"\nsecond line";

    @TempDir
    static Path dir;
    static String store;
    static StoredRun measured;
    static String measuredId = "01HYAAAAAAAAAAAAAAAAAAAAAA";

    @BeforeAll
    static void makeStore() throws IOException {
        Path csv = dir.resolve("history.csv");
        Files.writeString(csv, HISTORY);
        store = dir.resolve("store").toString();
        InProcess imported = InProcess.run("import", "--from", "csv", csv.toString(), "--store", store);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("imported 4 runs from 4 points");

        RunRecord.Builder b = RunRecord.builder();
        b.id = measuredId;
        b.process = "ingest-tiles";
        b.tag = "v1.15";
        b.description = AWKWARD;
        b.params = Map.of("size", 1000L);
        b.startedAt = Instant.parse("2024-05-22T12:00:00Z");
        b.status = RunStatus.OK;
        b.exitCode = 0;
        b.metrics = new Metrics(3.41, 3.0, 0.4, 99.0, 1_331_439_862L, null, null, null, null, null, null, null, null,
                null, Metrics.GNU_TIME);
        RunRecord r = b.build();
        try (GitStore s = GitStore.open(Path.of(store))) {
            measured = s.write(RunFiles.of(r.process(), r.startedAt(), RunJson.write(r)));
        }
    }

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getRecords();
        }
    }

    @Test
    void exportsEverythingAsCsvToStdout() throws IOException {
        InProcess c = InProcess.run("export", "--store", store);
        assertThat(c.exit()).as(c.err()).isZero();
        List<CSVRecord> rows = csv(c.out());
        assertThat(rows).hasSize(5);
        CSVRecord ingest = rows.stream().filter(r -> r.get("process").equals("ingest-tiles")).findFirst().orElseThrow();
        assertThat(ingest.get("description")).isEqualTo(AWKWARD);
        assertThat(ingest.get("param.size")).isEqualTo("1000");
        assertThat(ingest.get("wallSeconds")).isEqualTo("3.41");
        CSVRecord rate = rows.stream().filter(r -> r.get("process").equals("tests-bench.py-test_rate")).findFirst()
                .orElseThrow();
        assertThat(rate.get("custom.value")).isEqualTo("412.5");
    }

    @Test
    void longFormCarriesUnitAndDirection() throws IOException {
        InProcess c = InProcess.run("export", "--store", store, "--long", "--process", "tests-*");
        assertThat(c.exit()).as(c.err()).isZero();
        List<CSVRecord> rows = csv(c.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("metric")).isEqualTo("value");
        assertThat(rows.get(0).get("unit")).isEqualTo("iter/sec");
        assertThat(rows.get(0).get("better")).isEqualTo("higher");
    }

    @Test
    void filtersCombine() throws IOException {
        InProcess c = InProcess.run("export", "--store", store, "--sha", "2222", "--since", "2024-05-21", "--until", "2024-05-21");
        assertThat(csv(c.out())).extracting(r -> r.get("process"))
                .containsExactlyInAnyOrder("read-tile_256", "tests-bench.py-test_rate");
        InProcess json = InProcess.run("export", "--store", store, "--format", "ndjson", "--process", "read-*",
                "--metric", "value");
        assertThat(json.out().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
    }

    @Test
    void writesAFileWhole() throws IOException {
        Path out = dir.resolve("out/runs.json");
        InProcess c = InProcess.run("export", "--store", store, "--format", "json", "-o", out.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("[\n{").endsWith("}\n]\n");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void anEmptySelectionIsAHeaderOnly() {
        InProcess c = InProcess.run("export", "--store", store, "--tag", "v9.99");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("id,path,process,"));
        InProcess json = InProcess.run("export", "--store", store, "--tag", "v9.99", "--format", "json");
        assertThat(json.out()).isEqualTo("[]\n");
    }

    @Test
    void badFiltersSayWhatInOneLineAndExit2() {
        assertBad(InProcess.run("export", "--store", store, "--metric", "walltime"),
                "strata: --metric 'walltime' is not a metric of these runs (built in: wallSeconds,");
        assertBad(InProcess.run("export", "--store", store, "--since", "2024-13-45"),
                "strata: --since '2024-13-45' is not a date: use 2026-03-01 or 2026-03-01T12:00:00Z (UTC)");
        assertBad(InProcess.run("export", "--store", store, "--until", "last tuesday"),
                "strata: --until 'last tuesday' is not a date");
        assertBad(InProcess.run("export", "--store", store, "--process", "ingset-*"),
                "strata: --process 'ingset-*' matches no process (the store has 3 processes: ingest-tiles,");
        assertBad(InProcess.run("query", "--store", store, "--process", "nothing"), "strata: --process 'nothing' matches no");
        assertBad(InProcess.run("query", "--store", store, "--group-by", "colour"), "strata: --group-by 'colour': use");
        assertBad(InProcess.run("export", "--store", store, "--format", "xlsx"), "strata: --format 'xlsx': use csv");
        assertBad(InProcess.run("export", "--store", store, "--sha", "zz"), "strata: --sha 'zz' is not a commit");
        assertBad(InProcess.run("ls", "colours", "--store", store), "strata: strata ls 'colours': use processes");
        assertBad(InProcess.run("show", "nope/nothing", "--store", store), "strata: no run 'nope/nothing' in the store");
        assertBad(InProcess.run("export", "--store", dir.resolve("nowhere").toString()), "strata: no store at ");
    }

    static void assertBad(InProcess c, String start) {
        assertThat(c.exit()).as(c.err()).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        assertThat(c.err().lines()).as(c.err()).hasSize(1);
        assertThat(c.err()).startsWith(start);
    }

    @Test
    void queryGroupsWithHumanUnits() {
        InProcess c = InProcess.run("query", "--store", store, "--process", "read-*", "--group-by", "process");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).isEqualTo("""
                process        metric  n        median           MAD           min           max
                read-tile_256  value   3  81.2 µs/iter  2.23 µs/iter  79.0 µs/iter  90.2 µs/iter
                """);
        InProcess md = InProcess.run("query", "--store", store, "--tag", "v1.15", "--format", "markdown");
        assertThat(md.out()).contains("| ingest-tiles | wallSeconds | 1 | 3.41 s | 0 s | 3.41 s | 3.41 s |");
    }

    @Test
    void lsListsWhatTheStoreHolds() {
        InProcess c = InProcess.run("ls", "processes", "--store", store);
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).isEqualTo("""
                process                   runs       first        last
                ingest-tiles                 1  2024-05-22  2024-05-22
                read-tile_256                3  2024-05-20  2024-05-22
                tests-bench.py-test_rate     1  2024-05-21  2024-05-21
                """);
        InProcess shas = InProcess.run("ls", "shas", "--store", store);
        List<String> lines = new ArrayList<>(shas.out().lines().toList());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1111111111111111111111111111111111111111     1");
        assertThat(InProcess.run("ls", "tags", "--store", store).out()).contains("v1.15     1");
    }

    @Test
    void showFindsARunByIdOrPath() {
        InProcess byId = InProcess.run("show", measuredId, "--store", store);
        assertThat(byId.exit()).as(byId.err()).isZero();
        assertThat(byId.out()).startsWith("run " + measuredId + "\npath: " + measured.path() + "\n")
                .contains("  wallSeconds: 3.41 s\n", "  maxRssBytes: 1.24 GiB (1331439862)\n",
                        "description: |\n  tiles, \"large\"\n  second line\n");
        InProcess byPath = InProcess.run("show", measured.path(), "--store", store);
        assertThat(byPath.out()).isEqualTo(byId.out());
        InProcess json = InProcess.run("show", measured.path() + "/run.json", "--store", store, "--json");
        assertThat(json.out()).startsWith("{\n  \"schema\" : \"strata.run/1\"");
    }

    @Test
    void importingTheSameHistoryAgainAddsNothing() throws IOException {
        Path csv = dir.resolve("history.csv");
        String before = InProcess.run("export", "--store", store).out();
        InProcess again = InProcess.run("import", "--from", "csv", csv.toString(), "--store", store);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("imported 0 runs from 4 points").contains("4 already there, 0 commits");
        assertThat(InProcess.run("export", "--store", store).out()).isEqualTo(before);
    }

    @Test
    void badImportsSayWhere() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "series,commit,timestamp_iso,value,unit,range\nx,abc,2024-01-01T00:00:00Z,oops,s,\n");
        assertBad(InProcess.run("import", "--from", "csv", bad.toString(), "--store", store),
                "strata: bad.csv:2: value 'oops' is not a number");
        assertBad(InProcess.run("import", "--from", "asv", dir.toString(), "--store", store),
                "strata: " + dir + ": no asv results here");
        assertBad(InProcess.run("import", "--from", "xls", bad.toString(), "--store", store), "strata: --from 'xls'");
    }
}
