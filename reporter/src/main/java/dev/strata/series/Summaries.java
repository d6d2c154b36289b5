package dev.strata.series;

import dev.strata.record.CustomMetric;
import dev.strata.record.Metrics;
import dev.strata.record.Profile;
import dev.strata.record.RunRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Record to summary: a pure function, so the cache holds exactly what a fresh parse would give. */
public final class Summaries {

    private Summaries() {
    }

    public static RunSummary of(RunRecord r, String folder, String treeId) {
        Map<String, Double> m = new LinkedHashMap<>();
        Metrics x = r.metrics();
        if (x != null) {
            for (MetricCatalog.Builtin b : MetricCatalog.all()) {
                put(m, b.name(), b.value(x));
            }
        }
        Map<String, MetricInfo> custom = new TreeMap<>();
        if (r.customMetrics() != null) {
            for (Map.Entry<String, CustomMetric> e : r.customMetrics().entrySet()) {
                if (e.getValue() == null || !Double.isFinite(e.getValue().value())) {
                    continue;
                }
                String key = MetricInfo.CUSTOM + e.getKey();
                m.put(key, e.getValue().value());
                custom.put(key, new MetricInfo(key, e.getKey(), e.getValue().unit() == null ? "" : e.getValue().unit(),
                        e.getValue().better()));
            }
        }
        List<ProfileRef> profiles = new ArrayList<>();
        if (r.profiles() != null) {
            for (Profile p : r.profiles()) {
                if (p != null) {
                    profiles.add(new ProfileRef(p.profiler(), p.kind(), p.format(), p.file(), p.flamegraph()));
                }
            }
        }
        var g = r.git();
        var h = r.host();
        long started = r.startedAt() == null ? 0 : r.startedAt().toEpochMilli();
        long commit = g != null && g.commitTime() != null ? g.commitTime().toEpochMilli() : started;
        return new RunSummary(r.process(), folder, treeId, r.id(), started,
                r.status() == null ? "unknown" : r.status().json(), r.tag(), r.description(), r.language(), r.task(),
                r.params() == null ? Map.of() : new TreeMap<>(r.params()),
                g == null ? null : g.sha(), g == null ? null : shortSha(g.shortSha(), g.sha()), commit,
                g == null ? null : g.branch(),
                h == null ? null : h.id(), h == null ? null : h.hostname(), h == null ? null : h.os(),
                h == null ? null : h.arch(), h == null ? null : h.cpuModel(),
                r.repetition() != null && Boolean.TRUE.equals(r.repetition().warmup()),
                m, custom, profiles, r.warnings() == null ? 0 : r.warnings().size(), publishedRange(r));
    }

    private static String publishedRange(RunRecord r) {
        if (r.userData() == null) {
            return null;
        }
        var range = r.userData().path("imported").path("range");
        return range.isTextual() ? range.asText() : null;
    }

    private static String shortSha(String shortSha, String sha) {
        if (shortSha != null) {
            return shortSha;
        }
        return sha == null ? null : sha.substring(0, Math.min(7, sha.length()));
    }

    private static void put(Map<String, Double> m, String key, Number v) {
        if (v != null && Double.isFinite(v.doubleValue())) {
            m.put(key, v.doubleValue());
        }
    }
}
