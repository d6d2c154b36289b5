package dev.strata.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.Better;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GabDataJsTest {

    @Test
    void readsADataJs() throws Exception {
        String js = Files.readString(Path.of("src/test/resources/import/gab/data.js"));
        List<ImportedPoint> points = GabDataJs.parse(js, "data.js");
        assertThat(points).hasSize(5);
        ImportedPoint p = points.get(0);
        assertThat(p.suite()).isEqualTo("Rust Benchmark");
        assertThat(p.series()).isEqualTo("read/tile_256");
        assertThat(p.commit()).isEqualTo("c0ffee0123456789abcdef0123456789abcdef01");
        assertThat(p.commitTime()).isEqualTo(Instant.parse("2024-05-20T08:11:12Z"));
        assertThat(p.runTime()).isEqualTo(Instant.ofEpochMilli(1716193000123L));
        assertThat(p.value()).isEqualTo(81234);
        assertThat(p.range()).isEqualTo("± 1520");
        assertThat(p.language()).isEqualTo("rust");
        assertThat(p.repoUrl()).isEqualTo("https://github.com/example/tiles");
        ImportedPoint py = points.get(4);
        assertThat(py.language()).isEqualTo("python");
        assertThat(Directions.of(py.unit())).isEqualTo(Better.HIGHER);
    }

    /** hyper's history as github-action-benchmark wrote it: one entry per run, its benches inside. */
    @Test
    void aDataJsMadeFromTheRealHistoryGivesTheSamePoints() throws Exception {
        List<ImportedPoint> csv = Histories.points("hyper.csv");
        ObjectMapper json = new ObjectMapper();
        Map<String, ArrayNode> runs = new LinkedHashMap<>();
        for (ImportedPoint p : csv.stream().sorted((a, b) -> a.runTime().compareTo(b.runTime())).toList()) {
            ArrayNode benches = runs.computeIfAbsent(p.commit() + "@" + p.runTime(), k -> json.createArrayNode());
            ObjectNode b = benches.addObject().put("name", p.series()).put("value", p.value()).put("unit", p.unit());
            if (p.range() != null) {
                b.put("range", p.range());
            }
        }
        ObjectNode root = json.createObjectNode().put("lastUpdate", 1).put("repoUrl", "https://github.com/hyperium/hyper");
        ArrayNode entries = root.putObject("entries").putArray("Benchmark");
        runs.forEach((k, benches) -> {
            String[] parts = k.split("@");
            ObjectNode e = entries.addObject();
            e.putObject("commit").put("id", parts[0]).put("timestamp", parts[1]);
            e.put("date", Instant.parse(parts[1]).toEpochMilli()).put("tool", "cargo").set("benches", benches);
        });
        String js = "window.BENCHMARK_DATA = " + json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + ";\n";
        List<ImportedPoint> gab = GabDataJs.parse(js, "data.js");
        assertThat(gab).hasSameSizeAs(csv);
        assertThat(gab.stream().map(GabDataJsTest::identity).sorted().toList())
                .isEqualTo(csv.stream().map(GabDataJsTest::identity).sorted().toList());
    }

    static String identity(ImportedPoint p) {
        return p.series() + "|" + p.commit() + "|" + p.runTime() + "|" + p.value() + "|" + p.unit() + "|" + p.range();
    }

    @Test
    void notADataJs() {
        assertThatThrownBy(() -> GabDataJs.parse("window.BENCHMARK_DATA = {\"entries\": [", "data.js"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("data.js: not a github-action");
        assertThatThrownBy(() -> GabDataJs.parse("hello", "data.js"))
                .hasMessage("data.js: not a github-action-benchmark data.js (no JSON object)");
    }

    @Property(tries = 300)
    void randomBytesAreRejectedCleanly(@ForAll byte[] bytes) {
        try {
            GabDataJs.parse("window.BENCHMARK_DATA = {\"entries\": " + new String(bytes, StandardCharsets.UTF_8), "d.js");
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).startsWith("d.js");
        }
    }
}
