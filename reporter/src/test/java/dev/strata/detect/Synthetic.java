package dev.strata.detect;

import dev.strata.record.Better;
import dev.strata.series.MetricClass;
import dev.strata.series.MetricDef;
import dev.strata.series.Point;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Seeded synthetic series with known levels: steps, drifts and pure noise (Gaussian, relative). */
public final class Synthetic {

    static final MetricDef WALL = new MetricDef("wallSeconds", "s", Better.LOWER, MetricClass.TIME);

    private Synthetic() {
    }

    /** {@code n} points of level {@code level.applyAsDouble(i)} times (1 + noise * N(0, 1)). */
    public static Series series(long seed, int n, double noise, IntToDoubleFunction level) {
        Random rnd = new Random(seed);
        List<Point> points = new ArrayList<>(n);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            double v = level.applyAsDouble(i) * Math.max(0.05, 1 + noise * rnd.nextGaussian());
            points.add(Point.of(String.format("c%05d", i), t0.plusSeconds(3600L * i), v));
        }
        return new Series(new SeriesKey("synthetic", WALL.name(), "seed-" + seed), WALL, points);
    }

    public static Series step(long seed, int n, int at, double factor, double noise) {
        return series(seed, n, noise, i -> i < at ? 100 : 100 * factor);
    }

    /** Flat, then {@code rate} per commit for {@code length} commits from {@code from}, then flat at the new level. */
    public static Series drift(long seed, int n, int from, int length, double rate, double noise) {
        return series(seed, n, noise, i -> 100 * Math.pow(1 + rate, Math.max(0, Math.min(i, from + length) - from)));
    }
}
