package dev.strata.summary;

import dev.strata.query.Summary;
import dev.strata.record.Metrics;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * What a suite run found, per process and parameter point: median, MAD, min and max of wall time
 * and peak memory over the timed runs (warm-ups and failed runs left out), the coefficient of
 * variation of wall time, and for sweeps the fitted scaling exponent of wall time, CPU time and
 * peak memory against each numeric parameter.
 */
public record SuiteSummary(List<Row> rows, List<Scaling> scaling, List<String> warnings) {

    /** A coefficient of variation above this is flagged: the figures move more than a release is likely to. */
    public static final double HIGH_CV = 0.10;

    /** cv is NaN with fewer than two runs; memory is null when no run measured it. */
    public record Row(String process, Map<String, Object> params, int runs, int warmups, int failed,
                      Summary wallSeconds, Summary peakMemoryBytes, double cv) {
    }

    /** The exponent of {@code metric} against {@code param}, the other parameters held at {@code fixed}. */
    public record Scaling(String process, String param, Map<String, Object> fixed, String metric, PowerFit fit) {
    }

    public static SuiteSummary of(List<RunRecord> records) {
        Map<String, List<RunRecord>> groups = new LinkedHashMap<>();
        for (RunRecord r : records) {
            groups.computeIfAbsent(r.process() + "\u0000" + new TreeMap<>(params(r)), k -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (List<RunRecord> g : groups.values()) {
            RunRecord first = g.get(0);
            List<RunRecord> timed = g.stream().filter(SuiteSummary::timed).toList();
            int warmups = (int) g.stream().filter(SuiteSummary::warmup).count();
            int failed = (int) g.stream().filter(r -> !warmup(r) && r.status() != RunStatus.OK).count();
            Summary wall = summary(timed, SuiteSummary::wall);
            Summary mem = summary(timed, SuiteSummary::peakMemory);
            double cv = cv(timed);
            Row row = new Row(first.process(), params(first), timed.size(), warmups, failed, wall, mem, cv);
            rows.add(row);
            if (cv > HIGH_CV) {
                warnings.add(label(row) + ": wall time varies a lot (CV " + String.format(Locale.ROOT, "%.0f%%", cv * 100)
                        + "): a busy or throttled machine, or a workload with a random part; more repetitions help");
            }
            if (failed > 0) {
                warnings.add(label(row) + ": " + failed + " of " + (timed.size() + failed) + " runs failed");
            }
        }
        return new SuiteSummary(rows, scaling(records), warnings);
    }

    public static String label(Row r) {
        StringBuilder sb = new StringBuilder(r.process());
        r.params().forEach((k, v) -> sb.append(' ').append(k).append('=').append(dev.strata.suite.Placeholders.text(v)));
        return sb.toString();
    }

    private static List<Scaling> scaling(List<RunRecord> records) {
        List<Scaling> out = new ArrayList<>();
        Map<String, List<RunRecord>> byProcess = new LinkedHashMap<>();
        records.stream().filter(SuiteSummary::timed).forEach(r -> byProcess.computeIfAbsent(r.process(), k -> new ArrayList<>()).add(r));
        byProcess.forEach((process, runs) -> {
            Set<String> names = new LinkedHashSet<>();
            runs.forEach(r -> names.addAll(params(r).keySet()));
            for (String p : names) {
                Map<Map<String, Object>, List<RunRecord>> byRest = new LinkedHashMap<>();
                for (RunRecord r : runs) {
                    if (params(r).get(p) instanceof Number) {
                        Map<String, Object> rest = new TreeMap<>(params(r));
                        rest.remove(p);
                        byRest.computeIfAbsent(rest, k -> new ArrayList<>()).add(r);
                    }
                }
                byRest.forEach((rest, group) -> {
                    fit(group, p, SuiteSummary::wall).ifPresent(f -> out.add(new Scaling(process, p, rest, "wall", f)));
                    fit(group, p, SuiteSummary::cpu).ifPresent(f -> out.add(new Scaling(process, p, rest, "cpu", f)));
                    fit(group, p, SuiteSummary::peakMemory).ifPresent(f -> out.add(new Scaling(process, p, rest, "peak memory", f)));
                });
            }
        });
        return out;
    }

    private static java.util.Optional<PowerFit> fit(List<RunRecord> runs, String param, ToDoubleFunction<RunRecord> metric) {
        double[] x = new double[runs.size()];
        double[] y = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            x[i] = ((Number) params(runs.get(i)).get(param)).doubleValue();
            y[i] = metric.applyAsDouble(runs.get(i));
        }
        return java.util.Optional.ofNullable(PowerFit.of(x, y));
    }

    private static Map<String, Object> params(RunRecord r) {
        return r.params() == null ? Map.of() : r.params();
    }

    private static boolean warmup(RunRecord r) {
        return r.repetition() != null && Boolean.TRUE.equals(r.repetition().warmup());
    }

    private static boolean timed(RunRecord r) {
        return !warmup(r) && r.status() == RunStatus.OK;
    }

    private static double wall(RunRecord r) {
        Metrics m = r.metrics();
        return m == null || m.wallSeconds() == null ? Double.NaN : m.wallSeconds();
    }

    /** User + system time: the work done, which waiting for a busy machine's cores does not inflate. */
    private static double cpu(RunRecord r) {
        Metrics m = r.metrics();
        return m == null || m.userSeconds() == null || m.sysSeconds() == null ? Double.NaN : m.userSeconds() + m.sysSeconds();
    }

    /** The tree's peak where the tree was sampled (what the machine needed), else GNU time's max RSS. */
    private static double peakMemory(RunRecord r) {
        Metrics m = r.metrics();
        if (m == null) {
            return Double.NaN;
        }
        Long v = m.treePeakRssBytes() != null ? m.treePeakRssBytes() : m.maxRssBytes();
        return v == null ? Double.NaN : v;
    }

    private static Summary summary(List<RunRecord> runs, ToDoubleFunction<RunRecord> metric) {
        double[] v = runs.stream().mapToDouble(metric).filter(d -> !Double.isNaN(d)).toArray();
        return v.length == 0 ? null : Summary.of(v, v.length);
    }

    private static double cv(List<RunRecord> runs) {
        double[] v = runs.stream().mapToDouble(SuiteSummary::wall).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double d : v) {
            mean += d;
        }
        mean /= v.length;
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        return mean <= 0 ? Double.NaN : Math.sqrt(ss / (v.length - 1)) / mean;
    }
}
