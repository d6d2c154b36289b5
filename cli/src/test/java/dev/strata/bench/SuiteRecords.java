package dev.strata.bench;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.StoreReader;

import java.nio.file.Path;

/** The sum of the recorded wall times of every run in a store. */
final class SuiteRecords {

    private SuiteRecords() {
    }

    static double wallSum(Path store) {
        double sum = 0;
        try (GitStore s = GitStore.open(store); StoreReader reader = new StoreReader(s.repository())) {
            for (StoreReader.RunEntry e : reader.list(reader.treeOf(s.refName()))) {
                RunRecord r = RunJson.read(reader.read(e.runJsonBlob()), e.path());
                sum += r.metrics().wallSeconds();
            }
        }
        return sum;
    }
}
