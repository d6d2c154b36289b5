package dev.strata.check;

import dev.strata.detect.MannWhitney;
import dev.strata.detect.Thresholds;
import dev.strata.format.Units;
import dev.strata.record.Better;
import dev.strata.series.RunSummary;
import dev.strata.series.MetricCatalog;
import dev.strata.series.MetricDef;
import dev.strata.series.MetricSample;
import dev.strata.series.Quantiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The release gate's statistics: per process and metric, the repetitions of the current commit
 * against the baseline's, judged by a one-sided rank test and the metric's threshold, with a
 * bootstrap interval of the ratio of medians for the reader.
 */
public final class Comparer {

    /** Checked when no metric is named: time, memory, and everything the workloads report. */
    public static final List<String> DEFAULT_METRICS = MetricCatalog.HEADLINE;

    private final Thresholds thresholds;
    private final double alpha;
    private final List<String> metrics;

    /** @param metrics names to check, or empty for {@link #DEFAULT_METRICS} and every custom metric */
    public Comparer(Thresholds thresholds, double alpha, List<String> metrics) {
        this.thresholds = thresholds;
        this.alpha = alpha;
        this.metrics = List.copyOf(metrics);
    }

    public List<Comparison> compare(List<RunSummary> current, List<RunSummary> baseline) {
        Map<String, List<RunSummary>> cur = byProcess(current);
        Map<String, List<RunSummary>> base = byProcess(baseline);
        List<Comparison> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, List<RunSummary>> e : cur.entrySet()) {
            List<RunSummary> b = base.get(e.getKey());
            if (b == null) {
                continue;
            }
            Set<String> hosts = e.getValue().stream().map(Comparer::host).collect(Collectors.toSet());
            List<RunSummary> sameHost = b.stream().filter(r -> hosts.contains(host(r))).toList();
            String note = sameHost.isEmpty() ? "baseline ran on other hosts" : null;
            Map<String, Samples> c = samples(e.getValue());
            Map<String, Samples> bs = samples(sameHost.isEmpty() ? b : sameHost);
            for (Map.Entry<String, Samples> m : c.entrySet()) {
                Samples before = bs.get(m.getKey());
                if (before == null || !wanted(m.getValue().metric)) {
                    continue;
                }
                seen.add(m.getKey());
                out.add(compare(e.getKey(), m.getValue().metric, before.values(), m.getValue().values(), note));
            }
        }
        for (String m : metrics) {
            if (!seen.contains(m)) {
                throw new IllegalArgumentException("metric '" + m + "': no process has it in both the current"
                        + " and the baseline runs");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: no process has runs with the checked"
                    + " metrics on both sides (current: " + String.join(", ", cur.keySet()) + "; baseline: "
                    + String.join(", ", base.keySet()) + ")");
        }
        return out;
    }

    Comparison compare(String process, MetricDef metric, double[] base, double[] cur, String note) {
        double mb = Quantiles.median(base);
        double mc = Quantiles.median(cur);
        double ratio = mb != 0 ? mc / mb : (mc == 0 ? 1 : Double.POSITIVE_INFINITY);
        double[] ci = mb != 0 ? Bootstrap.ratioOfMedians(base, cur) : new double[]{ratio, ratio};
        MannWhitney.Result t = MannWhitney.test(base, cur);
        boolean higherIsBetter = metric.better() == Better.HIGHER;
        double pWorse = higherIsBetter ? t.pLess() : t.pGreater();
        double pBetter = higherIsBetter ? t.pGreater() : t.pLess();
        double threshold = thresholds.of(metric);
        // a change no larger than one step of the measurement is the measurement, not the program
        double resolution = MetricCatalog.resolution(metric);
        boolean measurable = Math.abs(mc - mb) > resolution + 1e-12;
        boolean big = measurable && Math.abs(Math.log(ratio)) >= Math.log1p(threshold) - 1e-12;
        if (!measurable && Math.abs(Math.log(ratio)) >= Math.log1p(threshold) - 1e-12) {
            note = join(note, "within one step of the measurement (" + Units.format(resolution, metric.unit()) + ")");
        }
        boolean worse = higherIsBetter ? ratio < 1 : ratio > 1;
        Verdict v;
        if (!big) {
            v = Verdict.PASS;
        } else if (worse) {
            v = pWorse <= alpha ? Verdict.REGRESSION : Verdict.INCONCLUSIVE;
        } else {
            v = pBetter <= alpha ? Verdict.IMPROVEMENT : Verdict.PASS;
        }
        if (v == Verdict.INCONCLUSIVE && (base.length < 3 || cur.length < 3)) {
            note = join(note, "too few repetitions for the rank test (3 or more on each side)");
        }
        return new Comparison(process, metric, base.length, cur.length, mb, mc, ratio, ci[0], ci[1], pWorse,
                threshold, v, note);
    }

    private boolean wanted(MetricDef m) {
        if (!metrics.isEmpty()) {
            return metrics.contains(m.name());
        }
        return DEFAULT_METRICS.contains(m.name()) || !MetricCatalog.isTracked(m.name());
    }

    private record Samples(MetricDef metric, List<Double> list) {
        double[] values() {
            return list.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** Values per metric, built-ins in their fixed order, then custom metrics by name. */
    private static Map<String, Samples> samples(List<RunSummary> runs) {
        Map<String, Samples> builtins = new LinkedHashMap<>();
        Map<String, Samples> custom = new TreeMap<>();
        for (RunSummary r : runs) {
            for (MetricSample s : MetricSample.of(r)) {
                boolean builtin = MetricCatalog.isTracked(s.metric().name());
                (builtin ? builtins : custom).computeIfAbsent(s.metric().name(),
                        k -> new Samples(s.metric(), new ArrayList<>())).list().add(s.value());
            }
        }
        Map<String, Samples> ordered = new LinkedHashMap<>();
        MetricCatalog.tracked().forEach(b -> {
            if (builtins.containsKey(b.name())) {
                ordered.put(b.name(), builtins.get(b.name()));
            }
        });
        ordered.putAll(custom);
        return ordered;
    }

    private static Map<String, List<RunSummary>> byProcess(List<RunSummary> runs) {
        Map<String, List<RunSummary>> out = new TreeMap<>();
        for (RunSummary r : runs) {
            if (r.counts()) {
                out.computeIfAbsent(r.process(), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private static String host(RunSummary r) {
        return Objects.toString(r.hostId(), "");
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
