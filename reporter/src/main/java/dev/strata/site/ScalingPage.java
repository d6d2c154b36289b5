package dev.strata.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.series.MetricCatalog;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the scaling page: for each numeric parameter a process was swept over, the fitted exponent. */
final class ScalingPage {

    static final int COMMITS = 4;
    private static final List<String> METRICS = MetricCatalog.HEADLINE;

    private ScalingPage() {
    }

    /** One sweep: the runs of one commit on one host with every other parameter fixed. */
    private record Sweep(String commitKey, String shortSha, long commitMillis, String series,
                         TreeMap<Double, List<RunSummary>> byValue) {
    }

    /** Numeric parameters with at least two values at one commit. */
    static List<String> params(List<RunSummary> runs) {
        Map<String, TreeSet<Double>> values = new TreeMap<>();
        for (RunSummary r : runs) {
            for (Map.Entry<String, Object> e : r.params().entrySet()) {
                Double v = number(e.getValue());
                if (v != null && v > 0) {
                    values.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(v);
                }
            }
        }
        return values.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey).toList();
    }

    static Double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static List<Page> pages(SiteBuild b) {
        return List.of(Page.of("scaling.html", "scaling", "", () -> view(b.m)).withInputs(b.everything()));
    }

    static ScalingView view(SiteModel m) {
        List<ScalingView.Process> out = new ArrayList<>();
        ArrayNode charts = ProcessPage.JSON.createArrayNode();
        for (Map.Entry<String, List<RunSummary>> e : m.byProcess.entrySet()) {
            for (String param : params(e.getValue())) {
                List<Sweep> sweeps = sweeps(m, e.getValue(), param);
                if (sweeps.isEmpty()) {
                    continue;
                }
                List<ScalingView.Fit> fits = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (String key : METRICS) {
                    MetricInfo metric = MetricInfo.builtIn(key);
                    String id = "s" + charts.size();
                    ObjectNode chart = charts.addObject().put("id", id).put("title", metric.label() + " vs " + param)
                            .put("unit", metric.unit()).put("param", param);
                    ArrayNode series = chart.putArray("series");
                    boolean any = false;
                    for (Sweep s : sweeps) {
                        double[] x = new double[s.byValue().size()];
                        double[] y = new double[x.length];
                        int i = 0;
                        for (Map.Entry<Double, List<RunSummary>> v : s.byValue().entrySet()) {
                            double[] vals = v.getValue().stream().map(r -> r.metric(key)).filter(d -> d != null)
                                    .mapToDouble(Double::doubleValue).toArray();
                            x[i] = v.getKey();
                            y[i++] = vals.length == 0 ? Double.NaN : Stats.median(vals);
                        }
                        Stats.Fit fit = Stats.powerLaw(x, y);
                        if (fit == null) {
                            continue;
                        }
                        any = true;
                        String name = s.shortSha() + " · " + s.series();
                        ObjectNode sn = series.addObject().put("name", name).put("k", fit.exponent());
                        ArrayNode xs = sn.putArray("x"), ys = sn.putArray("y");
                        for (int j = 0; j < x.length; j++) {
                            if (Double.isFinite(y[j])) {
                                xs.add(x[j]);
                                ys.add(y[j]);
                            }
                        }
                        fits.add(new ScalingView.Fit(s.shortSha(), Fmt.day(s.commitMillis()), s.series(), metric.label(),
                                Fmt.fixed(fit.exponent(), 2), Fmt.fixed(fit.r2(), 3), fit.points(), reading(fit.exponent())));
                    }
                    if (any) {
                        ids.add(id);
                    } else {
                        charts.remove(charts.size() - 1);
                    }
                }
                out.add(new ScalingView.Process(e.getKey(), anchor(e.getKey(), param), Links.process(e.getKey()), param, ids, fits));
            }
        }
        return new ScalingView(out, Json.forScript(charts));
    }

    /** The section of a process and parameter; the process page links the first. */
    static String anchor(String process, String param) {
        return process + "--" + Links.slug(param);
    }

    static String reading(double k) {
        if (k < 0.2) {
            return "flat";
        }
        if (k < 0.85) {
            return "sub-linear";
        }
        if (k <= 1.15) {
            return "linear";
        }
        if (k <= 1.85) {
            return "super-linear";
        }
        return k <= 2.15 ? "quadratic" : "worse than quadratic";
    }

    /** The newest commits' sweeps over {@code param}, newest first. */
    private static List<Sweep> sweeps(SiteModel m, List<RunSummary> runs, String param) {
        Map<String, Sweep> byKey = new TreeMap<>();
        for (RunSummary r : runs) {
            Double v = number(r.params().get(param));
            if (!r.ok() || r.warmup() || v == null || v <= 0) {
                continue;
            }
            Map<String, Object> rest = new TreeMap<>(r.params());
            rest.remove(param);
            String series = m.privacy.host(r.hostId()) + (rest.isEmpty() ? "" : " · " + rest.toString());
            Sweep s = byKey.computeIfAbsent(r.commitKey() + "\u0000" + series, k -> new Sweep(r.commitKey(),
                    r.shortSha() == null ? "–" : r.shortSha(), r.commitMillis(), series, new TreeMap<>()));
            s.byValue().computeIfAbsent(v, k -> new ArrayList<>()).add(r);
        }
        List<Sweep> all = new ArrayList<>(byKey.values().stream().filter(s -> s.byValue().size() >= 2).toList());
        all.sort(Comparator.comparingLong(Sweep::commitMillis).reversed().thenComparing(Sweep::series));
        List<String> commits = all.stream().map(Sweep::commitKey).distinct().limit(COMMITS).toList();
        return all.stream().filter(s -> commits.contains(s.commitKey())).toList();
    }
}
