package dev.strata.importer;

import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes imported points into a store as runs, one commit per batch. Points whose key is already
 * in the store (from an earlier import of the same history) are skipped, so an import can be
 * repeated, or rerun on a history that grew, and only adds what is new.
 */
public final class Importer {

    public static final int DEFAULT_BATCH = 1000;

    private final GitStore store;
    private final int batchSize;
    private final Consumer<String> log;

    public Importer(GitStore store, int batchSize, Consumer<String> log) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.store = store;
        this.batchSize = batchSize;
        this.log = log;
    }

    public ImportReport run(List<ImportedPoint> points, String what) {
        Map<String, String> processes = ProcessNames.assign(
                points.stream().map(p -> ProcessNames.label(p.series(), p.params())).toList());
        Set<String> present = existingKeys(new HashSet<>(processes.values()));
        List<RunFiles> batch = new ArrayList<>(batchSize);
        int added = 0;
        int skipped = 0;
        int commits = 0;
        int batches = 0;
        for (ImportedPoint p : points) {
            String key = PointRuns.key(p);
            if (!present.add(key)) {
                skipped++;
                continue;
            }
            String process = processes.get(ProcessNames.label(p.series(), p.params()));
            RunRecord r = PointRuns.toRecord(p, process, key);
            batch.add(RunFiles.of(process, r.startedAt(), RunJson.write(r)));
            if (batch.size() == batchSize) {
                added += flush(batch, what, ++batches);
                commits++;
            }
        }
        if (!batch.isEmpty()) {
            added += flush(batch, what, ++batches);
            commits++;
        }
        return new ImportReport(points.size(), added, skipped, commits);
    }

    private int flush(List<RunFiles> batch, String what, int n) {
        int size = batch.size();
        store.writeAll(List.copyOf(batch), "import " + size + " runs from " + what + " (batch " + n + ")");
        log.accept("committed batch " + n + " (" + size + " runs)");
        batch.clear();
        return size;
    }

    /** Keys of runs imported earlier into the processes this import writes to. */
    private Set<String> existingKeys(Set<String> processes) {
        Set<String> keys = new HashSet<>();
        if (store.tip() == null) {
            return keys;
        }
        // the summaries of the one store reader carry the import key, from the store's shared cache
        try (StoreSnapshot snapshot = new StoreSnapshot(store.repository())) {
            for (RunSummary r : snapshot.load(store.refName(), w -> { }).runs()) {
                if (r.importKey() != null && processes.contains(r.process())) {
                    keys.add(r.importKey());
                }
            }
        }
        return keys;
    }
}
