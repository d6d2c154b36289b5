package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded series with no step at all, to count false alarms: Gaussian noise, heavy-tailed noise
 * (Student's t with 3 degrees of freedom, whose outliers a CI runner produces), noise that wanders
 * (autoregressive, each point half its predecessor's deviation) and every real history shuffled
 * (its own values, spreads and outliers in random order: any level it had is gone). Each family is
 * judged as one host, so chance coincidences can form environment events as they would in a store.
 */
public final class NullSeries {

    private NullSeries() {
    }

    /** The families, by name: each a list of series of one host. */
    public static Map<String, List<Series>> families(Map<String, List<Series>> real) {
        Map<String, List<Series>> out = new java.util.LinkedHashMap<>();
        out.put("Gaussian 5%", generated(50, 10_000, i -> new Random(i)::nextGaussian, 0.05));
        out.put("Student t3, 3%", generated(50, 20_000, NullSeries::studentT3, 0.03));
        out.put("wandering AR(1) 0.5, 5%", generated(50, 30_000, NullSeries::ar1, 0.05));
        long seed = 40_000;
        for (Map.Entry<String, List<Series>> e : real.entrySet()) {
            List<Series> shuffled = new ArrayList<>();
            for (Series s : e.getValue()) {
                shuffled.add(shuffled(s, seed++));
            }
            out.put(Histories.host(e.getKey()) + " shuffled", shuffled);
        }
        return out;
    }

    /** Flags per 1,000 points over all families: every flagged change point of every series counts. */
    public static double flagsPer1000(Detector d, Map<String, List<Series>> families) {
        long flags = 0;
        long points = 0;
        for (List<Series> family : families.values()) {
            flags += d.detectAll(family).changePoints().stream().filter(ChangePoint::flagged).count();
            points += family.stream().mapToInt(Series::size).sum();
        }
        return 1000.0 * flags / points;
    }

    private interface Noise {
        double next();
    }

    private static List<Series> generated(int count, long seed0, java.util.function.LongFunction<Noise> noise,
                                          double scale) {
        List<Series> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Noise n = noise.apply(seed0 + s);
            double[] v = new double[500];
            for (int i = 0; i < v.length; i++) {
                v[i] = 100 * Math.exp(scale * n.next());
            }
            Series g = Synthetic.series(seed0 + s, v.length, 0, i -> v[i]);
            out.add(new Series(new SeriesKey("null-" + s, g.metric().name(), "null"), g.metric(), g.points()));
        }
        return out;
    }

    private static Noise studentT3(long seed) {
        Random r = new Random(seed);
        return () -> {
            double chi = 0;
            for (int k = 0; k < 3; k++) {
                double g = r.nextGaussian();
                chi += g * g;
            }
            return r.nextGaussian() / Math.sqrt(chi / 3);
        };
    }

    private static Noise ar1(long seed) {
        Random r = new Random(seed);
        double phi = 0.5;
        double[] e = {0};
        return () -> e[0] = phi * e[0] + Math.sqrt(1 - phi * phi) * r.nextGaussian();
    }

    private static Series shuffled(Series s, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<Point> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            Point at = s.points().get(i);
            Point value = s.points().get(order.get(i));
            out.add(new Point(at.sha(), at.commitTime(), value.median(), value.min(), value.max(), value.n(), null,
                    List.of(), value.spread()));
        }
        return new Series(s.key(), s.metric(), out);
    }
}
