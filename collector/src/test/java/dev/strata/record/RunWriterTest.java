package dev.strata.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.testing.GeneratedRecords;
import dev.strata.testing.Golden;
import dev.strata.testing.Records;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The streaming writer writes the bytes the object mapper wrote before it: committed records of
 * every shape (written by the mapper when they were made), and generated ones against the mapper.
 */
class RunWriterTest {

    private static final Golden GOLDEN = Golden.in("collector", "src/test/resources/records");

    /** What {@code run.json} was before the streaming writer: the mapper's bytes and a newline. */
    static byte[] byMapper(RunRecord r) throws IOException {
        byte[] body = RunJson.mapper().writeValueAsBytes(r);
        byte[] out = Arrays.copyOf(body, body.length + 1);
        out[body.length] = '\n';
        return out;
    }

    @Test
    void goldenRecordsOfEveryShapeAreWrittenByteForByte() throws IOException {
        Map<String, RunRecord> shapes = GoldenRecords.all();
        assertThat(shapes).hasSizeGreaterThanOrEqualTo(5);
        GOLDEN.checkAllBytes(() -> {
            Map<String, byte[]> written = new LinkedHashMap<>();
            shapes.forEach((name, r) -> written.put(name + ".json", RunJson.write(r)));
            return written;
        });
        for (Map.Entry<String, RunRecord> e : shapes.entrySet()) {
            Path file = GOLDEN.file(e.getKey() + ".json");
            byte[] golden = Files.readAllBytes(file);
            // and what the store holds reads back to a record that writes the same bytes again
            RunRecord read = RunJson.read(golden, file.toString());
            assertThat(RunJson.write(read)).as(e.getKey() + " read back").isEqualTo(golden);
            assertThat(read).as(e.getKey() + " as the mapper reads it").isEqualTo(RunJson.read(byMapper(e.getValue()), "m"));
        }
    }

    /**
     * The writer names every field itself, so a field added to a record type must be added to it too:
     * the golden records together set every field of every type, and each must be in what they store.
     */
    @Test
    void theGoldenRecordsStoreEveryFieldOfEveryRecordType() throws IOException {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        types.put("", RunRecord.class);
        types.put("/repetition", Repetition.class);
        types.put("/git", GitInfo.class);
        types.put("/host", HostInfo.class);
        types.put("/host/ci", HostInfo.CiInfo.class);
        types.put("/metrics", Metrics.class);
        types.put("/customMetrics/*", CustomMetric.class);
        types.put("/processTree/*", ProcessNode.class);
        types.put("/timeline", Timeline.class);
        types.put("/timeline/points/*", Timeline.Point.class);
        types.put("/sampling", Sampling.class);
        types.put("/environment", Environment.class);
        types.put("/profiles/*", Profile.class);
        Map<String, Set<String>> seen = new HashMap<>();
        for (RunRecord r : GoldenRecords.all().values()) {
            JsonNode root = RunJson.mapper().readTree(RunJson.write(r));
            types.keySet().forEach(path -> objectsAt(root, path).forEach(o ->
                    o.fieldNames().forEachRemaining(f -> seen.computeIfAbsent(path, k -> new TreeSet<>()).add(f))));
        }
        types.forEach((path, type) -> {
            Set<String> fields = new TreeSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(c.getName());
            }
            assertThat(seen.getOrDefault(path, Set.of())).as("fields stored at '%s' (%s)", path, type.getSimpleName())
                    .isEqualTo(fields);
        });
    }

    /** The objects at a path of names, {@code *} standing for every element or value. */
    private static List<JsonNode> objectsAt(JsonNode root, String path) {
        List<JsonNode> here = List.of(root);
        for (String step : path.isEmpty() ? new String[0] : path.substring(1).split("/")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : here) {
                if (step.equals("*")) {
                    n.forEach(next::add);
                } else if (n.has(step)) {
                    next.add(n.get(step));
                }
            }
            here = next;
        }
        return here.stream().filter(JsonNode::isObject).toList();
    }

    @Property(tries = 400)
    void generatedRecordsAreWrittenAsTheMapperWroteThem(@ForAll("records") RunRecord r) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            byte[] streamed = RunJson.write(r);
            byte[] mapped = byMapper(r);
            assertThat(new String(streamed, StandardCharsets.UTF_8)).isEqualTo(new String(mapped, StandardCharsets.UTF_8));
            assertThat(RunJson.read(streamed, "streamed")).isEqualTo(RunJson.read(mapped, "mapped"));
        });
    }

    @Property(tries = 5)
    void aLargeRecordToo(@ForAll @IntRange(min = 500, max = 2000) int points) throws IOException {
        RunRecord.Builder b = Records.full("big", "c".repeat(40), Instant.parse("2026-02-03T04:05:06.789Z"), 3.25).toBuilder();
        List<Timeline.Point> ps = new ArrayList<>();
        List<ProcessNode> nodes = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            ps.add(new Timeline.Point(i * 0.1, (long) i << 20, i % 7 == 0 ? null : i / 3.0, i % 5));
            nodes.add(new ProcessNode(1000 + i, 999L, "worker --shard " + i, i / 7.0, i / 3.0, 0.001 * i, 1L << 20, null, 7L));
        }
        b.timeline = new Timeline(10L, ps);
        b.processTree = nodes;
        RunRecord r = b.build();
        assertThat(RunJson.write(r)).isEqualTo(byMapper(r));
    }

    @Provide
    Arbitrary<RunRecord> records() {
        return GeneratedRecords.records(GeneratedRecords.text());
    }
}
