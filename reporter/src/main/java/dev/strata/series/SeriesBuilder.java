package dev.strata.series;


import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    private record Sample(String sha, Instant time, String tag, String path, double value, double published) {
    }

    /** One series in the making: its metric as its first run has it, and its samples by commit (in order seen). */
    private static final class Acc {
        final MetricDef metric;
        final List<List<Sample>> byCommit = new ArrayList<>();

        Acc(MetricDef metric) {
            this.metric = metric;
        }

        List<Sample> at(int commit) {
            while (byCommit.size() <= commit) {
                byCommit.add(null);
            }
            List<Sample> l = byCommit.get(commit);
            if (l == null) {
                l = new ArrayList<>(4);
                byCommit.set(commit, l);
            }
            return l;
        }
    }

    /** The series of one host in the making: its commits numbered as seen, its metrics by name. */
    private static final class Host {
        final Map<String, Integer> commits = new HashMap<>();
        final Map<String, Acc> metrics = new HashMap<>();
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

    /**
     * The series of the runs of one process, in key order. A run's commit is looked up once per run and
     * its metrics by name: a store of 100k runs has a million samples.
     */
    private static List<Series> buildProcess(List<RunSummary> runs) {
        Map<String, Host> hosts = new HashMap<>();
        for (RunSummary r : runs) {
            Host h = hosts.computeIfAbsent(r.hostId() == null ? "" : r.hostId(), k -> new Host());
            String sha = commitOf(r);
            Integer commit = h.commits.get(sha);
            if (commit == null) {
                commit = h.commits.size();
                h.commits.put(sha, commit);
            }
            Instant time = timeOf(r);
            String path = r.path();
            for (MetricSample s : MetricSample.of(r)) {
                h.metrics.computeIfAbsent(s.metric().name(), k -> new Acc(s.metric())).at(commit)
                        .add(new Sample(sha, time, r.tag(), path, s.value(), Spread.published(r, s.metric(), s.value())));
            }
        }
        String process = runs.get(0).process();
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, Host> h : hosts.entrySet()) {
            for (Map.Entry<String, Acc> m : h.getValue().metrics.entrySet()) {
                List<Point> points = new ArrayList<>();
                for (List<Sample> samples : m.getValue().byCommit) {
                    if (samples != null) {
                        points.add(point(samples));
                    }
                }
                points.sort(Comparator.comparing(Point::commitTime).thenComparing(Point::sha));
                out.add(new Series(new SeriesKey(process, m.getKey(), h.getKey()), m.getValue().metric, points));
            }
        }
        out.sort(Comparator.comparing(Series::key));
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
                Spread.larger(Spread.ofRepetitions(v), medianOfKnown(published)));
    }

    /** The median of the values that are not NaN; NaN when none is. */
    static double medianOfKnown(double[] v) {
        double[] known = java.util.Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray();
        return known.length == 0 ? Double.NaN : Quantiles.median(known);
    }
}
