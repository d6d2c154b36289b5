package dev.strata.bench;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;

import java.nio.file.Path;

/** The sum of the recorded wall times of every run in a store. */
final class SuiteRecords {

    private SuiteRecords() {
    }

    static double wallSum(Path store) {
        double sum = 0;
        try (GitStore s = GitStore.open(store); StoreSnapshot snapshot = new StoreSnapshot(s.repository())) {
            for (RunSummary r : snapshot.load(s.refName(), SummaryCache.none(), w -> {
                throw new IllegalStateException(w);
            }).runs()) {
                sum += r.metric("wallSeconds");
            }
        }
        return sum;
    }
}
