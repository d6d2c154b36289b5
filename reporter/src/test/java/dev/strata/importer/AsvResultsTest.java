package dev.strata.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.Better;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsvResultsTest {

    static final Path FIXTURE = Path.of("src/test/resources/import/asv/results");

    @Test
    void readsAResultsDirectory() {
        List<ImportedPoint> points = AsvResults.read(FIXTURE);
        // newer file: 1 + 3 of 4 parameter sets (one failed) + 2 peakmem; the failed track gives none.
        // older file: 1 bare number + 1 {"result": [...]} object.
        assertThat(points).hasSize(8);
        assertThat(points).allSatisfy(p -> {
            assertThat(p.host().id()).isEqualTo("gha-ubuntu");
            assertThat(p.suite()).isEqualTo("virtualenv-py3.10");
        });
        ImportedPoint csvLarge = points.stream().filter(p -> p.series().equals("io.Read.time_read")
                && p.params().equals(Map.of("format", "csv", "n_rows", "100000"))).findFirst().orElseThrow();
        assertThat(csvLarge.value()).isEqualTo(0.19);
        assertThat(csvLarge.unit()).isEqualTo("seconds");
        assertThat(csvLarge.range()).isEqualTo("ci99=[0.18,0.2]");
        assertThat(csvLarge.commit()).isEqualTo("4971a9afe5642569f3dcfcd3972ebb39e88dd457");
        assertThat(csvLarge.commitTime()).isEqualTo(Instant.ofEpochMilli(1474941588000L));
        assertThat(csvLarge.runTime()).isEqualTo(Instant.ofEpochMilli(1716200014000L));
        assertThat(List.copyOf(csvLarge.params().keySet())).containsExactly("format", "n_rows");
        assertThat(csvLarge.host().cpuModel()).isEqualTo("AMD EPYC 7763 64-Core Processor");
        assertThat(csvLarge.host().logicalCores()).isEqualTo(4);

        assertThat(points.stream().filter(p -> p.series().equals("io.Read.time_read")).map(p -> p.params().toString()))
                .containsExactly("{format=csv, n_rows=1000}", "{format=csv, n_rows=100000}",
                        "{format=parquet, n_rows=1000}");
        ImportedPoint mem = points.stream().filter(p -> p.series().equals("io.Read.peakmem_read")).findFirst().orElseThrow();
        assertThat(mem.unit()).isEqualTo("bytes");
        assertThat(mem.value()).isEqualTo(52428800);
        ImportedPoint rate = points.stream().filter(p -> p.series().endsWith("track_rows_per_sec")).findFirst().orElseThrow();
        assertThat(rate.value()).isEqualTo(52000.5);
        assertThat(Directions.of(rate.unit())).isEqualTo(Better.HIGHER);
        ImportedPoint old = points.stream().filter(p -> p.commit().startsWith("0a132de7")
                && p.series().endsWith("time_filter")).findFirst().orElseThrow();
        assertThat(old.value()).isEqualTo(0.000398);
        assertThat(old.runTime()).isEqualTo(Instant.ofEpochMilli(1716300000000L));
    }

    @Test
    void aMachineFolderAloneIsEnough() {
        assertThat(AsvResults.read(FIXTURE.resolve("gha-ubuntu"))).hasSize(8);
    }

    @Test
    void notAResultsDirectory(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> AsvResults.read(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("no asv results here (no <machine>/machine.json)");
        Path m = Files.createDirectories(dir.resolve("box"));
        Files.writeString(m.resolve("machine.json"), "{\"machine\": \"box\"}");
        Files.writeString(m.resolve("abc-env.json"), "{\"commit_hash\": \"abc\", \"results\": {");
        assertThatThrownBy(() -> AsvResults.read(dir)).hasMessageStartingWith("box/abc-env.json: not valid JSON");
    }

    /** django-asv's published history written back as asv result files: one per commit. */
    @Test
    void resultsMadeFromTheRealHistoryGiveTheSamePoints(@TempDir Path dir) throws Exception {
        List<ImportedPoint> csv = Histories.points("django-asv.csv");
        ObjectMapper json = new ObjectMapper();
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        for (ImportedPoint p : csv) {
            ObjectNode f = files.computeIfAbsent(p.commit(), c -> {
                ObjectNode n = json.createObjectNode().put("commit_hash", c).put("env_name", "existing-py")
                        .put("date", p.commitTime().toEpochMilli()).put("python", "3.12").put("version", 2);
                n.putObject("params").put("machine", "ubuntu-latest");
                ArrayNode cols = n.putArray("result_columns");
                List.of("result", "params", "version", "started_at", "duration", "stats_ci_99_a", "stats_ci_99_b")
                        .forEach(cols::add);
                n.putObject("results");
                return n;
            });
            ArrayNode row = ((ObjectNode) f.get("results")).putArray(p.series());
            row.addArray().add(p.value());
            row.addArray();
            row.add("v1");
            row.add(p.commitTime().toEpochMilli());
            row.add(1.0);
            String[] ci = p.range().substring("ci99=[".length(), p.range().length() - 1).split(",");
            row.addArray().add(Double.parseDouble(ci[0]));
            row.addArray().add(Double.parseDouble(ci[1]));
        }
        Path machine = Files.createDirectories(dir.resolve("ubuntu-latest"));
        Files.writeString(machine.resolve("machine.json"), "{\"machine\": \"ubuntu-latest\", \"version\": 1}");
        for (ObjectNode f : files.values()) {
            json.writeValue(machine.resolve(f.get("commit_hash").asText().substring(0, 8) + "-existing-py.json").toFile(), f);
        }
        List<ImportedPoint> asv = AsvResults.read(dir);
        assertThat(asv).hasSameSizeAs(csv);
        assertThat(asv.stream().map(AsvResultsTest::identity).sorted().toList())
                .isEqualTo(csv.stream().map(AsvResultsTest::identity).sorted().toList());
    }

    /* The published CSV spells the interval as Python does (3.1705e-05); strata writes plain decimals. */
    static String identity(ImportedPoint p) {
        String[] ci = p.range().substring("ci99=[".length(), p.range().length() - 1).split(",");
        return p.series() + "|" + p.commit() + "|" + p.commitTime() + "|" + p.value() + "|" + p.unit() + "|"
                + Double.parseDouble(ci[0]) + "," + Double.parseDouble(ci[1]);
    }
}
