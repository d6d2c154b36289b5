package dev.strata.export;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a real store: every run once, in store order, skimmed or whole; a bad record skipped with one warning. */
class StoreRunsTest {

    @Test
    void readsEveryRunInStoreOrderAndSkipsBadRecordsOnce(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        try (GitStore store = GitStore.openOrCreate(dir.resolve("store"))) {
            List<RunFiles> batch = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                byte[] sha = new byte[20];
                random.nextBytes(sha);
                String process = String.format(Locale.ROOT, "ingest-%d", i % 7);
                Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * i);
                RunRecord r = Records.full(process, HexFormat.of().formatHex(sha), at, 1 + i % 13);
                batch.add(RunFiles.of(process, at, RunJson.write(r)));
            }
            batch.add(RunFiles.of("ingest-3", Instant.parse("2025-06-01T00:00:00Z"),
                    "{\"process\": \"ingest-3\", \"startedAt\": ".getBytes(StandardCharsets.UTF_8)));
            store.writeAll(batch, "700 runs and a broken one");

            List<String> warnings = new ArrayList<>();
            StoreRuns one = new StoreRuns(store.repository(), store.refName(), p -> true, warnings::add);
            StoreRuns four = new StoreRuns(store.repository(), store.refName(), p -> true, warnings::add);
            List<String> entries = new ArrayList<>();
            one.forEachEntry(e -> entries.add(e.path()));
            assertThat(entries).hasSize(701);

            List<String> sequential = new ArrayList<>();
            one.forEach(r -> sequential.add(r.path()));
            List<String> parallel = new ArrayList<>();
            four.forEach(r -> parallel.add(r.path()));
            List<String> skimmed = new ArrayList<>();
            four.forEachSkimmed(r -> skimmed.add(r.path()));
            assertThat(sequential).hasSize(700).isEqualTo(parallel).isEqualTo(skimmed);
            assertThat(entries).containsSubsequence(sequential);
            assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("skipped ingest-3/2025-06-01T00-00-00.000Z-")
                    .contains("/run.json: not a valid run record"));

            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            Exporter.Request req = new Exporter.Request(RunFilter.ALL, List.of(), Form.LONG, RowWriter.Format.CSV);
            Exporter.export(one, req, a);
            Exporter.export(four, req, b);
            assertThat(b.toString()).isEqualTo(a.toString());
            assertThat(a.toString().lines().count()).isGreaterThan(700 * 15);
        }
    }
}
