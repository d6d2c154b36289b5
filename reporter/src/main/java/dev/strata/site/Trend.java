package dev.strata.site;

import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The runs of one process laid out as series over the commits of the code under test: one series
 * per host (and per parameter set, when the process was run with several), one point per commit
 * made of its repetitions. Only runs that ended ok and are not warm-ups count.
 */
final class Trend {

    record Commit(String key, String shortSha, long commitMillis, String tag) {
    }

    /** Median and spread (min, max, quartiles) of one commit's repetitions; {@code newest} is the run to open. */
    record Point(double median, double min, double max, double q1, double q3, int n, RunSummary newest) {
    }

    final List<Commit> commits = new ArrayList<>();
    final List<String> series = new ArrayList<>();
    final List<String> seriesHost = new ArrayList<>();
    final List<MetricInfo> metrics;
    private final List<List<List<RunSummary>>> cells = new ArrayList<>();

    private Trend(List<RunSummary> runs, Privacy privacy) {
        List<RunSummary> used = runs.stream().filter(r -> r.ok() && !r.warmup())
                .sorted(Comparator.comparingLong(RunSummary::commitMillis).thenComparing(RunSummary::commitKey)
                        .thenComparingLong(RunSummary::startedAtMillis)).toList();
        Set<String> paramSets = new TreeSet<>();
        for (RunSummary r : used) {
            paramSets.add(params(r));
        }
        boolean byParams = paramSets.size() > 1;
        Map<String, Integer> commitIndex = new HashMap<>();
        Map<String, Integer> seriesIndex = new TreeMap<>(Trend::natural);
        for (RunSummary r : used) {
            commitIndex.computeIfAbsent(r.commitKey(), k -> {
                commits.add(new Commit(k, r.shortSha() == null ? "–" : r.shortSha(), r.commitMillis(), r.tag()));
                return commits.size() - 1;
            });
            String host = privacy.host(r.hostId());
            String name = byParams ? host + " · " + params(r) : host;
            seriesIndex.putIfAbsent(name, -1);
        }
        for (String name : seriesIndex.keySet()) {
            seriesIndex.put(name, series.size());
            series.add(name);
            cells.add(new ArrayList<>());
        }
        for (List<List<RunSummary>> s : cells) {
            for (int i = 0; i < commits.size(); i++) {
                s.add(new ArrayList<>(2));
            }
        }
        Map<String, String> hostOfSeries = new LinkedHashMap<>();
        for (RunSummary r : used) {
            String host = privacy.host(r.hostId());
            String name = byParams ? host + " · " + params(r) : host;
            hostOfSeries.put(name, host);
            int c = commitIndex.get(r.commitKey());
            cells.get(seriesIndex.get(name)).get(c).add(r);
            Commit old = commits.get(c);
            if (old.tag() == null && r.tag() != null) {
                commits.set(c, new Commit(old.key(), old.shortSha(), old.commitMillis(), r.tag()));
            }
        }
        for (String name : series) {
            seriesHost.add(hostOfSeries.get(name));
        }
        metrics = metricsOf(used);
    }

    static Trend of(List<RunSummary> runs, Privacy privacy) {
        return new Trend(runs, privacy);
    }

    /** Orders names with numbers by their value: cells=1000 before cells=16000. */
    static int natural(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", ""), nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    static String params(RunSummary r) {
        if (r.params() == null || r.params().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : new TreeMap<>(r.params()).entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    /** Built-ins in catalogue order, then the workload's own metrics by name; only those with values. */
    static List<MetricInfo> metricsOf(List<RunSummary> runs) {
        Set<String> present = new LinkedHashSet<>();
        Map<String, MetricInfo> custom = new TreeMap<>();
        Set<String> last = null;
        for (RunSummary r : runs) {
            Set<String> keys = r.metrics().keySet();
            // most runs of a store report the same metrics: skip the set work when nothing is new
            if (last == null || keys.size() != last.size() || !present.containsAll(keys)) {
                present.addAll(keys);
                last = keys;
            }
            if (r.custom() != null && !r.custom().isEmpty()) {
                r.custom().forEach(custom::putIfAbsent);
            }
        }
        List<MetricInfo> out = new ArrayList<>();
        for (MetricInfo m : MetricInfo.builtIns()) {
            if (present.contains(m.key())) {
                out.add(m);
            }
        }
        for (MetricInfo m : custom.values()) {
            if (present.contains(m.key())) {
                out.add(m);
            }
        }
        return out;
    }

    List<RunSummary> runs(int series, int commit) {
        return cells.get(series).get(commit);
    }

    Point point(int series, int commit, String metric) {
        List<RunSummary> rs = cells.get(series).get(commit);
        double[] v = new double[rs.size()];
        int n = 0;
        for (RunSummary r : rs) {
            Double x = r.metric(metric);
            if (x != null) {
                v[n++] = x;
            }
        }
        if (n == 0) {
            return null;
        }
        double[] s = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(s);
        return new Point(Stats.quantile(s, 0.5), s[0], s[n - 1], Stats.quantile(s, 0.25), Stats.quantile(s, 0.75), n,
                rs.get(rs.size() - 1));
    }

    /** The newest point of the series with a value, scanning back from the newest commit. */
    Point latest(int series, String metric) {
        for (int c = commits.size() - 1; c >= 0; c--) {
            Point p = point(series, c, metric);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
