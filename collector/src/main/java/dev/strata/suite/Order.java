package dev.strata.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * In which order a suite's runs go. {@code sequential}: batch after batch. {@code interleaved}: the
 * warm-ups, then round after round with one repetition of every batch, so slow drift of the machine
 * (heat, other jobs) spreads over all batches instead of landing on one. {@code random}: the same
 * idea with a shuffled order, reproducible with its seed. Within a batch, warm-ups always come
 * before its timed repetitions.
 */
public enum Order {
    SEQUENTIAL, INTERLEAVED, RANDOM;

    public static Order parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--order '" + s + "': expected sequential, interleaved or random");
        }
    }

    public List<PlannedRun> schedule(List<Batch> batches, long seed) {
        List<PlannedRun> all = new ArrayList<>();
        batches.forEach(b -> all.addAll(b.runs()));
        if (this == SEQUENTIAL) {
            return all;
        }
        List<PlannedRun> warm = new ArrayList<>(all.stream().filter(r -> r.warmup() && !r.profiled()).toList());
        List<PlannedRun> timed = new ArrayList<>(all.stream().filter(r -> !r.warmup()).toList());
        List<PlannedRun> extra = new ArrayList<>(all.stream().filter(r -> r.warmup() && r.profiled()).toList());
        if (this == INTERLEAVED) {
            Comparator<PlannedRun> rounds = Comparator.comparingInt(PlannedRun::index).thenComparingInt(PlannedRun::batch);
            warm.sort(rounds);
            timed.sort(rounds);
        } else {
            Random rnd = new Random(seed);
            Collections.shuffle(warm, rnd);
            Collections.shuffle(timed, rnd);
            Collections.shuffle(extra, rnd);
        }
        List<PlannedRun> out = new ArrayList<>(warm);
        out.addAll(timed);
        out.addAll(extra);
        return out;
    }
}
