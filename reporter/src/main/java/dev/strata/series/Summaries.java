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
        Map<String, Double> m = new LinkedHashMap<>(32);
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
        return new RunSummary(r.process(), folder, treeId, r.id(), r.startedAt(), r.endedAt(),
                r.status() == null ? "unknown" : r.status().json(), r.exitCode(), r.tag(), r.suite(), r.description(),
                r.language(), r.task(), r.params() == null ? Map.of() : params(r.params()), r.repetition(),
                g == null ? null : g.sha(), g == null ? null : shortSha(g.shortSha(), g.sha()),
                g == null ? null : g.commitTime(), g == null ? null : g.branch(), g == null ? null : g.describe(),
                g == null ? null : g.dirty(),
                h == null ? null : h.id(), h == null ? null : h.hostname(), h == null ? null : h.os(),
                h == null ? null : h.arch(), h == null ? null : h.cpuModel(), h == null ? null : h.logicalCores(),
                h == null ? null : h.memoryBytes(),
                m, custom, profiles, r.warnings() == null ? 0 : r.warnings().size(), imported(r, "range"),
                imported(r, "key"));
    }

    /** Scalars as they are; an object or array as its compact JSON text, which is how every output writes it. */
    private static Map<String, Object> params(Map<String, Object> in) {
        Map<String, Object> out = new TreeMap<>();
        in.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> || v instanceof java.util.Collection<?>
                ? RawJson.of(v) : v));
        return out;
    }

    private static String imported(RunRecord r, String field) {
        if (r.userData() == null) {
            return null;
        }
        var v = r.userData().path("imported").path(field);
        return v.isTextual() ? v.asText() : null;
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
