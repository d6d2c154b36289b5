package dev.strata.series;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way into a real store: every run once, in store order; a broken record skipped with one
 * warning naming it; the shared cache used by the next reader, rebuilt when damaged, never torn by
 * two writers at once.
 */
class StoreSnapshotTest {

    private static final int RUNS = 700;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readsEveryRunInStoreOrderThenFromTheCache(@TempDir Path dir) throws IOException {
        try (GitStore store = store(dir)) {
            List<String> warnings = new ArrayList<>();
            List<String> listed = new ArrayList<>();
            try (StoreSnapshot s = new StoreSnapshot(store.repository())) {
                s.folders(store.refName()).forEach(f -> listed.add(f.process() + "/" + f.folder()));
                StoreSnapshot.Loaded first = s.load(store.refName(), warnings::add);
                assertThat(first.parsed()).isEqualTo(RUNS);
                assertThat(first.cached()).isZero();
                assertThat(first.skipped()).isEqualTo(1);
                assertThat(warnings).singleElement().asString()
                        .startsWith("skipped ingest-3/2025-06-01T00-00-00.000Z-").contains("/run.json: not a valid run record");
                assertThat(listed).hasSize(RUNS + 1).containsSubsequence(first.runs().stream().map(RunSummary::path).toList());

                StoreSnapshot.Loaded again = s.load(store.refName(), warnings::add);
                assertThat(again.parsed()).as("the second reader parses nothing").isZero();
                assertThat(again.cached()).isEqualTo(RUNS);
                assertThat(again.runs()).isEqualTo(first.runs());
                assertThat(warnings).hasSize(2).as("a broken record is never cached: it is named again").allSatisfy(
                        w -> assertThat(w).startsWith("skipped ingest-3/"));
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readingAnOlderRevisionKeepsTheNewerRunsCached(@TempDir Path dir) throws IOException {
        try (GitStore store = store(dir)) {
            String older = store.tip().name();
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            store.writeAll(List.of(RunFiles.of("ingest-0", at, RunJson.write(Records.full("ingest-0",
                    "ab".repeat(20), at, 3)))), "one more");
            try (StoreSnapshot s = new StoreSnapshot(store.repository())) {
                assertThat(s.load(store.refName(), w -> { }).parsed()).isEqualTo(RUNS + 1);
                StoreSnapshot.Loaded old = s.load(older, w -> { });
                assertThat(old.parsed()).isZero();
                assertThat(old.runs()).hasSize(RUNS);
                StoreSnapshot.Loaded tip = s.load(store.refName(), w -> { });
                assertThat(tip.parsed()).as("the newer run is still cached").isZero();
                assertThat(tip.runs()).hasSize(RUNS + 1);
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aDamagedCacheIsRebuiltAndTwoWritersNeverTearIt(@TempDir Path dir) throws Exception {
        try (GitStore store = store(dir)) {
            Path cache = SummaryCache.of(store.repository());
            List<RunSummary> truth;
            try (StoreSnapshot s = new StoreSnapshot(store.repository())) {
                truth = s.load(store.refName(), w -> { }).runs();
            }
            byte[] whole = Files.readAllBytes(cache);
            for (byte[] damaged : List.of("not a cache".getBytes(StandardCharsets.UTF_8),
                    java.util.Arrays.copyOf(whole, whole.length / 2), new byte[0])) {
                Files.write(cache, damaged);
                try (StoreSnapshot s = new StoreSnapshot(store.repository())) {
                    StoreSnapshot.Loaded l = s.load(store.refName(), w -> { });
                    assertThat(l.parsed()).isEqualTo(RUNS);
                    assertThat(l.runs()).isEqualTo(truth);
                }
                assertThat(SummaryCache.open(cache).size()).as("rewritten whole").isEqualTo(RUNS);
            }

            // writers racing on one cache file: each either saves whole or leaves it to the other
            Files.delete(cache);
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    try (StoreSnapshot s = new StoreSnapshot(store.repository())) {
                        for (int k = 0; k < 3; k++) {
                            assertThat(s.load(store.refName(), w -> { }).runs()).isEqualTo(truth);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
            SummaryCache after = SummaryCache.open(cache);
            assertThat(after.size()).isEqualTo(RUNS);
            truth.forEach(r -> assertThat(after.get(r.treeId())).isEqualTo(r));
            try (var files = Files.list(cache.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                        .containsExactlyInAnyOrder(SummaryCache.FILE, SummaryCache.FILE + ".lock");
            }
        }
    }

    /** {@value #RUNS} realistic runs in 7 processes, and one broken run.json. */
    private static GitStore store(Path dir) throws IOException {
        Random random = new Random(7);
        GitStore store = GitStore.openOrCreate(dir.resolve("store"));
        List<RunFiles> batch = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            byte[] sha = new byte[20];
            random.nextBytes(sha);
            String process = String.format(Locale.ROOT, "ingest-%d", i % 7);
            Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * i);
            RunRecord r = Records.full(process, HexFormat.of().formatHex(sha), at, 1 + i % 13);
            batch.add(RunFiles.of(process, at, RunJson.write(r)));
        }
        batch.add(RunFiles.of("ingest-3", Instant.parse("2025-06-01T00:00:00Z"),
                "{\"process\": \"ingest-3\", \"startedAt\": ".getBytes(StandardCharsets.UTF_8)));
        store.writeAll(batch, RUNS + " runs and a broken one");
        return store;
    }
}
