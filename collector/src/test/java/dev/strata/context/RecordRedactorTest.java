package dev.strata.context;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.CustomMetric;
import dev.strata.record.Better;
import dev.strata.record.Environment;
import dev.strata.record.ProcessNode;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.ProcessKey;
import dev.strata.testing.Records;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole record in one pass: every string at any depth, secret-named keys at any depth. */
class RecordRedactorTest {

    private static ObjectNode json(String s) throws Exception {
        return (ObjectNode) RunJson.mapper().readTree(s);
    }

    @Test
    void everySectionAtAnyDepth() throws Exception {
        RunRecord.Builder b = Records.full("ingest", "a".repeat(40), Instant.parse("2026-01-01T00:00:00Z"), 1.0).toBuilder();
        b.description = "nightly with ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        b.params = Map.of("token", "Zx81secretParam", "cells", 2700L);
        b.command = List.of("sh", "-c", "./load --password=Zx82pw --rows 10; echo done");
        b.processTree = List.of(new ProcessNode(1, 0L, "./load --password=Zx82pw --rows 10", 0.0, 1.0, 1.0, 1L, 1L, 1L));
        b.userData = json("{\"db\": {\"password\": \"Zx83nested\", \"port\": 5432, \"creds\": {\"user\": \"ann\", \"pin\": 1234}},"
                + " \"public\": {\"dataset\": \"pbmc3k\", \"api_key\": \"Zx84public\"},"
                + " \"notes\": [\"see https://ann:Zx85url@example.org/x\"], \"tokens_processed\": 12}");
        b.customMetrics = Map.of("tokens_per_second", new CustomMetric(12.5, "1/s", Better.HIGHER));
        b.environment = new Environment(Map.of("python", "3.11"), null, Map.of("MY_TOKEN", "Zx86env"));
        b.warnings = List.of("profiler: Authorization: Bearer Zx87warning");
        RunRecord r = RecordRedactor.redact(b.build());
        String stored = new String(RunJson.write(r), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("Zx8", "ghp_");
        assertThat(r.command()).containsExactly("sh", "-c", "./load --password=*** --rows 10; echo done");
        assertThat(r.processTree().get(0).command()).isEqualTo("./load --password=*** --rows 10");
        assertThat(r.description()).isEqualTo("nightly with ***");
        assertThat(r.params()).containsEntry("token", "***").containsEntry("cells", 2700L);
        assertThat(r.userData().at("/db/port").asInt()).isEqualTo(5432);
        assertThat(r.userData().at("/db/creds/user").asText()).isEqualTo("***");
        assertThat(r.userData().at("/db/creds/pin").asText()).isEqualTo("***");
        assertThat(r.userData().at("/public/dataset").asText()).isEqualTo("pbmc3k");
        assertThat(r.userData().at("/tokens_processed").asInt()).isEqualTo(12);
        assertThat(r.customMetrics().get("tokens_per_second").value()).isEqualTo(12.5);
        assertThat(r.process()).isEqualTo("ingest");
        assertThat(r.id()).isEqualTo(b.build().id());
    }

    @Test
    void aRecordWithoutSecretsIsUnchanged() {
        RunRecord r = Records.full("ingest", "b".repeat(40), Instant.parse("2026-01-01T00:00:00Z"), 1.0);
        assertThat(RunJson.write(RecordRedactor.redact(r))).isEqualTo(RunJson.write(r));
    }

    @Test
    void theDefaultNameHashesTheRedactedCommand() {
        List<String> argv = List.of("python3", "load.py", "--password", "hunter2");
        String name = ProcessKey.derive(Redactor.redactArgs(argv));
        // a guess of the password can no longer be confirmed through the name: every password gives the same one
        assertThat(ProcessKey.derive(Redactor.redactArgs(List.of("python3", "load.py", "--password", "guess"))))
                .isEqualTo(name);
    }
}
