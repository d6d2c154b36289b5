package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static dev.strata.cli.GateFixture.strata;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata detect} end to end over a real store: 30 commits, ingest 25% slower from commit 15. */
class DetectCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheStepInEveryFormat() throws Exception {
        GateFixture f = new GateFixture(dir, 30);
        for (int i = 0; i < 30; i++) {
            f.record("ingest", i, 3, i < 15 ? 8.0 : 10.0, null);
        }
        GateFixture.Result table = strata("detect", "--store", f.store.toString(), "--metric", "wallSeconds");
        assertThat(table.exitCode()).as(table.err()).isEqualTo(0);
        assertThat(table.out()).containsPattern("ingest +wallSeconds +ci-linux +" + f.shas.get(14).substring(0, 10)
                + " 2026-01-15 +" + f.shas.get(15).substring(0, 10) + " 2026-01-16 +regression +\\+25\\.\\d%")
                .endsWith("1 change point\n");

        GateFixture.Result csv = strata("detect", "--store", f.store.toString(), "--format", "csv");
        assertThat(csv.exitCode()).isEqualTo(0);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        assertThat(rows).extracting(r -> r.get("metric")).contains("wallSeconds", "userSeconds", "cells_per_second").doesNotContain("maxRssBytes");
        CSVRecord cells = rows.stream().filter(r -> r.get("metric").equals("cells_per_second")).findFirst().orElseThrow();
        assertThat(cells.get("direction")).as("fewer cells per second").isEqualTo("regression");
        assertThat(cells.get("better")).isEqualTo("higher");
        assertThat(cells.get("first_bad_sha")).isEqualTo(f.shas.get(15));
        assertThat(cells.get("first_bad_runs").split(" ")).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("ingest/"));

        GateFixture.Result json = strata("detect", "--store", f.store.toString(), "--format", "json",
                "--process", "ingest", "--metric", "maxRssBytes,wallSeconds");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("changePoints")).hasSize(1);
        assertThat(root.get("changePoints").get(0).get("lastGood").get("sha").asText()).isEqualTo(f.shas.get(14));
        assertThat(root.get("changePoints").get(0).get("ratio").asDouble()).isBetween(1.2, 1.3);

        GateFixture.Result strict = strata("detect", "--store", f.store.toString(), "--metric", "wallSeconds",
                "--threshold", "time=30%");
        assertThat(strict.out()).isEqualTo(DetectTableHeader.EMPTY);
    }

    @Test
    void unknownSeriesAndBadFormatsAreExitTwo() throws Exception {
        GateFixture f = new GateFixture(dir, 2);
        f.record("ingest", 0, 1, 1.0, null);
        assertThat(strata("detect", "--store", f.store.toString(), "--process", "nope").exitCode()).isEqualTo(2);
        assertThat(strata("detect", "--store", f.store.toString(), "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(strata("detect", "--store", f.store.toString(), "--ref", "nope").err()).contains("--ref nope: no such branch, tag or commit");
    }

    static final class DetectTableHeader {
        static final String EMPTY = "process  metric  host  last good  first bad  direction  change  confidence  noise  status\n"
                + "0 change points\n";
    }
}
