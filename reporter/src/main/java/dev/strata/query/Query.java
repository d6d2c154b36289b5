package dev.strata.query;

import dev.strata.export.ColumnScan;
import dev.strata.series.MetricCatalog;
import dev.strata.export.MetricValue;
import dev.strata.export.RunFilter;
import dev.strata.export.Exporter;
import dev.strata.series.RunSummary;
import dev.strata.record.Better;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code strata query}: the selected runs grouped by one or more keys, with count, median, MAD,
 * min and max of each metric per group. Without {@code --metric}: wall time, max RSS and every
 * custom metric, each where the group has values.
 */
public final class Query {

    public static final List<String> DEFAULT_METRICS = MetricCatalog.HEADLINE;

    private Query() {
    }

    public static QueryResult run(List<RunSummary> runs, RunFilter filter, List<GroupBy> groupBy, List<String> metrics) {
        filter.requireProcessesExist(Exporter.processes(runs));
        Map<List<String>, Map<String, Values>> groups = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        ColumnScan known = new ColumnScan();
        for (RunSummary r : runs) {
            if (!filter.acceptsProcess(r.process())) {
                continue;
            }
            boolean selected = filter.accepts(r);
            known.add(r, selected);
            if (!selected) {
                continue;
            }
            List<String> key = new ArrayList<>(groupBy.size());
            for (GroupBy g : groupBy) {
                key.add(g.keyOf(r));
            }
            Map<String, Values> byMetric = groups.computeIfAbsent(key, k -> new HashMap<>());
            List<MetricValue> values = metrics.isEmpty() ? defaults(r) : chosen(r, metrics);
            for (MetricValue v : values) {
                seen.add(v.name());
                byMetric.computeIfAbsent(v.name(), k -> new Values(v.unit(), v.better())).add(v.value());
            }
        }
        known.requireKnown(metrics);
        List<String> order = metrics.isEmpty() ? orderOf(seen) : metrics;
        List<GroupStats> lines = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>(groups.keySet());
        keys.sort(KEY_ORDER);
        for (List<String> key : keys) {
            Map<String, Values> byMetric = groups.get(key);
            for (String m : order) {
                Values v = byMetric.get(m);
                if (v != null && v.n > 0) {
                    lines.add(new GroupStats(key, m, v.unit, v.better, Summary.of(v.values, v.n)));
                }
            }
        }
        return new QueryResult(groupBy.stream().map(GroupBy::name).toList(), lines);
    }

    private static List<MetricValue> defaults(RunSummary r) {
        List<MetricValue> out = new ArrayList<>();
        for (MetricValue v : MetricValue.all(r)) {
            if (DEFAULT_METRICS.contains(v.name()) || !MetricCatalog.isBuiltIn(v.name())) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<MetricValue> chosen(RunSummary r, List<String> metrics) {
        List<MetricValue> out = new ArrayList<>();
        for (String m : metrics) {
            MetricValue v = MetricValue.of(r, m);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<String> orderOf(Set<String> seen) {
        List<String> out = new ArrayList<>();
        for (String b : MetricValue.BUILT_IN_NAMES) {
            if (seen.contains(b)) {
                out.add(b);
            }
        }
        seen.stream().filter(s -> !MetricCatalog.isBuiltIn(s)).sorted().forEach(out::add);
        return out;
    }

    /** Numbers in numeric order (sizes 1000 before 20000), text in code-point order, missing last. */
    static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            int c = x.compareTo(y);
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Values {
        final String unit;
        final Better better;
        double[] values = new double[8];
        int n;

        Values(String unit, Better better) {
            this.unit = unit;
            this.better = better;
        }

        void add(double v) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }
    }
}
