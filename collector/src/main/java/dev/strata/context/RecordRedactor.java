package dev.strata.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.strata.record.CustomMetric;
import dev.strata.record.Environment;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.ProcessNode;
import dev.strata.record.Profile;
import dev.strata.record.Repetition;
import dev.strata.record.RunRecord;
import dev.strata.record.Sampling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a whole run record: every string at any depth goes through {@link SecretRules}
 * (commands with the argv rules), and under a key named like a secret every value is replaced,
 * however deep ({@code {"db": {"password": ...}}}), in user data, parameters and variables alike.
 * The fields that identify the run (id, process, times, status) are left as they are. Walks the
 * record's own types: no object mapper is built on the way to the store.
 */
public final class RecordRedactor {

    private RecordRedactor() {
    }

    public static RunRecord redact(RunRecord r) {
        RunRecord.Builder b = r.toBuilder();
        b.suite = text(r.suite());
        b.tag = text(r.tag());
        b.description = text(r.description());
        b.language = text(r.language());
        b.task = text(r.task());
        b.params = r.params() == null ? null : map(r.params());
        b.command = r.command() == null ? null : Redactor.redactArgs(r.command());
        b.cwd = text(r.cwd());
        if (r.repetition() != null) {
            Repetition p = r.repetition();
            b.repetition = new Repetition(text(p.batch()), p.index(), p.of(), p.warmup());
        }
        if (r.git() != null) {
            GitInfo g = r.git();
            b.git = new GitInfo(text(g.sha()), text(g.shortSha()), text(g.branch()), text(g.describe()), g.dirty(),
                    g.commitTime(), text(g.repo()));
        }
        if (r.host() != null) {
            b.host = host(r.host());
        }
        if (r.metrics() != null) {
            Metrics m = r.metrics();
            b.metrics = new Metrics(m.wallSeconds(), m.userSeconds(), m.sysSeconds(), m.cpuPercent(), m.maxRssBytes(),
                    m.treePeakRssBytes(), m.majorPageFaults(), m.minorPageFaults(), m.voluntaryContextSwitches(),
                    m.involuntaryContextSwitches(), m.fsInputBlocks(), m.fsOutputBlocks(), m.readBytes(), m.writeBytes(),
                    text(m.source()));
        }
        if (r.customMetrics() != null) {
            // keys are metric names (tokens_per_second is no secret) and values are numbers
            Map<String, CustomMetric> out = new LinkedHashMap<>();
            r.customMetrics().forEach((k, m) -> out.put(k, m == null ? null
                    : new CustomMetric(m.value(), text(m.unit()), m.better())));
            b.customMetrics = out;
        }
        if (r.processTree() != null) {
            List<ProcessNode> out = new ArrayList<>();
            for (ProcessNode n : r.processTree()) {
                out.add(n == null || n.command() == null ? n : new ProcessNode(n.pid(), n.ppid(),
                        Redactor.redactCommandLine(n.command()), n.startOffsetSeconds(), n.endOffsetSeconds(),
                        n.cpuSeconds(), n.peakRssBytes(), n.readBytes(), n.writeBytes()));
            }
            b.processTree = out;
        }
        if (r.sampling() != null) {
            Sampling s = r.sampling();
            b.sampling = new Sampling(text(s.method()), s.intervalMillis(), s.fastIntervalMillis(), s.samples());
        }
        if (r.environment() != null) {
            Environment e = r.environment();
            b.environment = new Environment(strings(e.runtimes()), strings(e.libraries()), strings(e.variables()));
        }
        b.userData = r.userData() == null ? null : (ObjectNode) walk(r.userData());
        if (r.profiles() != null) {
            List<Profile> out = new ArrayList<>();
            for (Profile p : r.profiles()) {
                out.add(p == null ? null : new Profile(text(p.profiler()), text(p.kind()), text(p.format()),
                        text(p.file()), text(p.flamegraph()), p.targetPid(), p.samples(), texts(p.warnings()),
                        p.targetPids()));
            }
            b.profiles = out;
        }
        b.warnings = texts(r.warnings());
        return b.build();
    }

    private static HostInfo host(HostInfo h) {
        HostInfo.CiInfo ci = h.ci() == null ? null : new HostInfo.CiInfo(text(h.ci().provider()), text(h.ci().runId()),
                text(h.ci().job()), text(h.ci().url()));
        return new HostInfo(text(h.id()), text(h.hostname()), text(h.os()), text(h.kernel()), text(h.arch()),
                text(h.cpuModel()), h.physicalCores(), h.logicalCores(), h.memoryBytes(), ci, h.loadAverage1m());
    }

    private static String text(String s) {
        return s == null ? null : Redactor.redactValue(s);
    }

    private static List<String> texts(List<String> l) {
        if (l == null) {
            return null;
        }
        List<String> out = new ArrayList<>(l.size());
        l.forEach(s -> out.add(text(s)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(Map<String, String> m) {
        return m == null ? null : (Map<String, String>) (Map<String, ?>) map(m);
    }

    /** A map of free shape: keys redacted as text, and a secret-named key hides everything below it. */
    private static Map<String, Object> map(Map<String, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : m.entrySet()) {
            out.put(text(e.getKey()), SecretNames.isSecret(e.getKey()) ? hidden(e.getValue()) : value(e.getValue()));
        }
        return out;
    }

    /**
     * A free value, as the store reads it back: whole numbers as longs and floats as doubles (what a
     * record read from {@code run.json} holds), strings redacted, maps and lists walked.
     */
    @SuppressWarnings("unchecked")
    private static Object value(Object v) {
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return Double.parseDouble(f.toString()); // the float as written (0.01), not its binary double
        }
        if (v instanceof Map<?, ?> m) {
            return map((Map<String, ?>) m);
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(o -> out.add(value(o)));
            return out;
        }
        if (v instanceof JsonNode n) {
            return walk(n);
        }
        return v;
    }

    /** Under a secret-named key: numbers and strings become the mark, structure stays (its keys redacted as text). */
    private static Object hidden(Object v) {
        if (v instanceof String || v instanceof Number) {
            return Redactor.REDACTED;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(text((String) k), hidden(x)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(o -> out.add(hidden(o)));
            return out;
        }
        if (v instanceof JsonNode n) {
            return hidden(n);
        }
        return v;
    }

    /** Strings redacted as text; objects key by key; a secret-named key hides everything below it. */
    static JsonNode walk(JsonNode n) {
        if (n.isTextual()) {
            String r = Redactor.redactValue(n.asText());
            return r.equals(n.asText()) ? n : TextNode.valueOf(r);
        }
        if (n.isInt() || n.isShort()) {
            return JsonNodeFactory.instance.numberNode(n.longValue()); // as read back from the store
        }
        if (n.isArray()) {
            ArrayNode out = ((ArrayNode) n).arrayNode();
            n.forEach(e -> out.add(walk(e)));
            return out;
        }
        if (n.isObject()) {
            ObjectNode out = ((ObjectNode) n).objectNode();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String key = Redactor.redactValue(e.getKey());
                out.set(key, SecretNames.isSecret(e.getKey()) ? hidden(e.getValue()) : walk(e.getValue()));
            }
            return out;
        }
        return n;
    }

    private static JsonNode hidden(JsonNode n) {
        if (n.isTextual() || n.isNumber()) {
            return TextNode.valueOf(Redactor.REDACTED);
        }
        if (n.isArray()) {
            ArrayNode out = ((ArrayNode) n).arrayNode();
            n.forEach(e -> out.add(hidden(e)));
            return out;
        }
        if (n.isObject()) {
            ObjectNode out = ((ObjectNode) n).objectNode();
            n.properties().forEach(e -> out.set(Redactor.redactValue(e.getKey()), hidden(e.getValue())));
            return out;
        }
        return n;
    }
}
