package dev.strata.series;


import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns runs into series keyed (process, metric, host), ordered by the commit time of the code
 * under test. The repetitions of one commit become one point; warm-ups and failed runs are left out.
 */
public final class SeriesBuilder {

    private SeriesBuilder() {
    }

    /** @param config the run's parameters: runs of one commit with the same ones are repetitions of each other */
    private record Sample(String sha, Instant time, String tag, String path, double value, double published,
                          String config) {
    }

    private static final class Acc {
        MetricDef metric;
        final Map<String, List<Sample>> byCommit = new LinkedHashMap<>();
    }

    public static List<Series> build(List<RunSummary> runs) {
        // a series never mixes processes: each process's series are built on their own, side by side
        Map<String, List<RunSummary>> byProcess = new TreeMap<>();
        for (RunSummary r : runs) {
            if (r.counts()) {
                byProcess.computeIfAbsent(r.process(), k -> new ArrayList<>()).add(r);
            }
        }
        return new ArrayList<>(byProcess.values()).parallelStream().map(SeriesBuilder::buildProcess)
                .flatMap(List::stream).toList();
    }

    /** The series of the runs of one process, in key order. */
    private static List<Series> buildProcess(List<RunSummary> runs) {
        Map<SeriesKey, Acc> acc = new HashMap<>();
        for (RunSummary r : runs) {
            String sha = commitOf(r);
            Instant time = timeOf(r);
            String host = r.hostId();
            String path = r.path();
            for (MetricSample s : MetricSample.of(r)) {
                Acc a = acc.computeIfAbsent(new SeriesKey(r.process(), s.metric().name(), host), k -> new Acc());
                if (a.metric == null) {
                    a.metric = s.metric();
                }
                a.byCommit.computeIfAbsent(sha, k -> new ArrayList<>())
                        .add(new Sample(sha, time, r.tag(), path, s.value(),
                                Spread.published(r, s.metric(), s.value()), String.valueOf(new TreeMap<>(
                                        r.params() == null ? Map.<String, Object>of() : r.params()))));
            }
        }
        List<Series> out = new ArrayList<>(acc.size());
        for (Map.Entry<SeriesKey, Acc> e : new TreeMap<>(acc).entrySet()) {
            List<Point> points = new ArrayList<>();
            for (List<Sample> samples : e.getValue().byCommit.values()) {
                points.add(point(samples));
            }
            points.sort(Comparator.comparing(Point::commitTime).thenComparing(Point::sha));
            out.add(new Series(e.getKey(), e.getValue().metric, points));
        }
        return out;
    }

    /** The commit a run measured; a run without Git facts stands alone, keyed by its id. */
    public static String commitOf(RunSummary r) {
        if (r.sha() != null) {
            return r.sha();
        }
        return "run:" + (r.id() != null ? r.id() : String.valueOf(r.startedAt()));
    }

    public static Instant timeOf(RunSummary r) {
        if (r.commitTime() != null) {
            return r.commitTime();
        }
        return r.startedAt() != null ? r.startedAt() : Instant.EPOCH;
    }

    private static Point point(List<Sample> samples) {
        double[] v = new double[samples.size()];
        double[] published = new double[samples.size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<String> paths = new ArrayList<>();
        String tag = null;
        Instant time = samples.get(0).time();
        for (int i = 0; i < v.length; i++) {
            Sample s = samples.get(i);
            v[i] = s.value();
            published[i] = s.published();
            min = Math.min(min, v[i]);
            max = Math.max(max, v[i]);
            paths.add(s.path());
            tag = tag == null ? s.tag() : tag;
            time = s.time().isBefore(time) ? s.time() : time;
        }
        paths.sort(null);
        return new Point(samples.get(0).sha(), time, Quantiles.median(v), min, max, v.length, tag, paths,
                Spread.larger(repetitionSpread(samples), medianOfKnown(published)));
    }

    /**
     * The spread of a commit's repetitions: of the runs with the same parameters, the median over the
     * parameter sets when a process runs at several (at three sizes, its runs differ by the size, which
     * is no uncertainty of the measurement).
     */
    private static double repetitionSpread(List<Sample> samples) {
        Map<String, List<Double>> byConfig = new TreeMap<>();
        for (Sample s : samples) {
            byConfig.computeIfAbsent(s.config(), k -> new ArrayList<>()).add(s.value());
        }
        double[] spreads = new double[byConfig.size()];
        int k = 0;
        for (List<Double> values : byConfig.values()) {
            spreads[k++] = Spread.ofRepetitions(values.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return medianOfKnown(spreads);
    }

    /** The median of the values that are not NaN; NaN when none is. */
    static double medianOfKnown(double[] v) {
        double[] known = java.util.Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray();
        return known.length == 0 ? Double.NaN : Quantiles.median(known);
    }
}
