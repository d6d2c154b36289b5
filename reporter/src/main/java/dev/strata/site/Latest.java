package dev.strata.site;

import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The newest commit's repetitions of one process on one host with one parameter set. */
record Latest(RunSummary newest, List<RunSummary> runs) {

    /** Among {@code runs} (any order), those matching {@code pick}'s host, params and commit. */
    static Latest of(List<RunSummary> runs, java.util.function.Predicate<RunSummary> filter) {
        RunSummary newest = null;
        for (RunSummary r : runs) {
            if (r.ok() && !r.warmup() && filter.test(r)
                    && (newest == null || r.commitMillis() > newest.commitMillis()
                    || r.commitMillis() == newest.commitMillis() && r.startedAtMillis() > newest.startedAtMillis())) {
                newest = r;
            }
        }
        if (newest == null) {
            return null;
        }
        List<RunSummary> same = new ArrayList<>();
        for (RunSummary r : runs) {
            if (r.ok() && !r.warmup() && filter.test(r) && r.commitKey().equals(newest.commitKey())
                    && Objects.equals(r.hostId(), newest.hostId())) {
                same.add(r);
            }
        }
        return new Latest(newest, same);
    }

    Double median(String metric) {
        double[] v = runs.stream().map(r -> r.metric(metric)).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .toArray();
        return v.length == 0 ? null : Stats.median(v);
    }

    static int bar(Double value, double max) {
        return value == null || max <= 0 ? 0 : (int) Math.max(1, Math.round(100 * value / max));
    }
}
