package dev.strata.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code run.json} field by field through Jackson's streaming generator: the bytes the
 * object mapper would write (same order, same numbers, same indentation), without the mapper's
 * start-up (introspecting every record type takes longer than a short workload). Fields follow
 * DESIGN.md's schema order; a null field is left out, a null inside a map or list is written.
 */
final class RunWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RunWriter() {
    }

    static byte[] write(RunRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            record(g, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void record(JsonGenerator g, RunRecord r) throws IOException {
        g.writeStartObject();
        text(g, "schema", r.schema());
        text(g, "id", r.id());
        text(g, "process", r.process());
        text(g, "suite", r.suite());
        text(g, "tag", r.tag());
        text(g, "description", r.description());
        text(g, "language", r.language());
        text(g, "task", r.task());
        if (r.params() != null) {
            g.writeFieldName("params");
            FreeJson.value(g, r.params());
        }
        strings(g, "command", r.command());
        text(g, "cwd", r.cwd());
        instant(g, "startedAt", r.startedAt());
        instant(g, "endedAt", r.endedAt());
        number(g, "exitCode", r.exitCode());
        number(g, "signal", r.signal());
        text(g, "status", r.status() == null ? null : r.status().json());
        if (r.repetition() != null) {
            Repetition p = r.repetition();
            g.writeObjectFieldStart("repetition");
            text(g, "batch", p.batch());
            number(g, "index", p.index());
            number(g, "of", p.of());
            bool(g, "warmup", p.warmup());
            g.writeEndObject();
        }
        if (r.git() != null) {
            GitInfo x = r.git();
            g.writeObjectFieldStart("git");
            text(g, "sha", x.sha());
            text(g, "shortSha", x.shortSha());
            text(g, "branch", x.branch());
            text(g, "describe", x.describe());
            bool(g, "dirty", x.dirty());
            instant(g, "commitTime", x.commitTime());
            text(g, "repo", x.repo());
            g.writeEndObject();
        }
        if (r.host() != null) {
            host(g, r.host());
        }
        if (r.metrics() != null) {
            metrics(g, r.metrics());
        }
        if (r.customMetrics() != null) {
            g.writeObjectFieldStart("customMetrics");
            for (Map.Entry<String, CustomMetric> e : r.customMetrics().entrySet()) {
                g.writeFieldName(FreeJson.key(e.getKey()));
                CustomMetric m = e.getValue();
                if (m == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                g.writeNumberField("value", m.value());
                text(g, "unit", m.unit());
                text(g, "better", m.better() == null ? null : m.better().json());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (r.processTree() != null) {
            g.writeArrayFieldStart("processTree");
            for (ProcessNode n : r.processTree()) {
                processNode(g, n);
            }
            g.writeEndArray();
        }
        if (r.timeline() != null) {
            timeline(g, r.timeline());
        }
        if (r.sampling() != null) {
            Sampling s = r.sampling();
            g.writeObjectFieldStart("sampling");
            text(g, "method", s.method());
            number(g, "intervalMillis", s.intervalMillis());
            number(g, "fastIntervalMillis", s.fastIntervalMillis());
            number(g, "samples", s.samples());
            g.writeEndObject();
        }
        if (r.environment() != null) {
            Environment e = r.environment();
            g.writeObjectFieldStart("environment");
            map(g, "runtimes", e.runtimes());
            map(g, "libraries", e.libraries());
            map(g, "variables", e.variables());
            g.writeEndObject();
        }
        if (r.userData() != null) {
            g.writeFieldName("userData");
            FreeJson.node(g, r.userData());
        }
        if (r.profiles() != null) {
            g.writeArrayFieldStart("profiles");
            for (Profile p : r.profiles()) {
                profile(g, p);
            }
            g.writeEndArray();
        }
        strings(g, "warnings", r.warnings());
        g.writeEndObject();
    }

    private static void host(JsonGenerator g, HostInfo h) throws IOException {
        g.writeObjectFieldStart("host");
        text(g, "id", h.id());
        text(g, "hostname", h.hostname());
        text(g, "os", h.os());
        text(g, "kernel", h.kernel());
        text(g, "arch", h.arch());
        text(g, "cpuModel", h.cpuModel());
        number(g, "physicalCores", h.physicalCores());
        number(g, "logicalCores", h.logicalCores());
        number(g, "memoryBytes", h.memoryBytes());
        if (h.ci() != null) {
            HostInfo.CiInfo ci = h.ci();
            g.writeObjectFieldStart("ci");
            text(g, "provider", ci.provider());
            text(g, "runId", ci.runId());
            text(g, "job", ci.job());
            text(g, "url", ci.url());
            g.writeEndObject();
        }
        number(g, "loadAverage1m", h.loadAverage1m());
        g.writeEndObject();
    }

    private static void metrics(JsonGenerator g, Metrics m) throws IOException {
        g.writeObjectFieldStart("metrics");
        number(g, "wallSeconds", m.wallSeconds());
        number(g, "userSeconds", m.userSeconds());
        number(g, "sysSeconds", m.sysSeconds());
        number(g, "cpuPercent", m.cpuPercent());
        number(g, "maxRssBytes", m.maxRssBytes());
        number(g, "treePeakRssBytes", m.treePeakRssBytes());
        number(g, "majorPageFaults", m.majorPageFaults());
        number(g, "minorPageFaults", m.minorPageFaults());
        number(g, "voluntaryContextSwitches", m.voluntaryContextSwitches());
        number(g, "involuntaryContextSwitches", m.involuntaryContextSwitches());
        number(g, "fsInputBlocks", m.fsInputBlocks());
        number(g, "fsOutputBlocks", m.fsOutputBlocks());
        number(g, "readBytes", m.readBytes());
        number(g, "writeBytes", m.writeBytes());
        text(g, "source", m.source());
        g.writeEndObject();
    }

    private static void processNode(JsonGenerator g, ProcessNode n) throws IOException {
        if (n == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("pid", n.pid());
        number(g, "ppid", n.ppid());
        text(g, "command", n.command());
        number(g, "startOffsetSeconds", n.startOffsetSeconds());
        number(g, "endOffsetSeconds", n.endOffsetSeconds());
        number(g, "cpuSeconds", n.cpuSeconds());
        number(g, "peakRssBytes", n.peakRssBytes());
        number(g, "readBytes", n.readBytes());
        number(g, "writeBytes", n.writeBytes());
        g.writeEndObject();
    }

    private static void timeline(JsonGenerator g, Timeline t) throws IOException {
        g.writeObjectFieldStart("timeline");
        number(g, "intervalMillis", t.intervalMillis());
        if (t.points() != null) {
            g.writeArrayFieldStart("points");
            for (Timeline.Point p : t.points()) {
                if (p == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                g.writeNumberField("t", p.t());
                number(g, "rssBytes", p.rssBytes());
                number(g, "cpuPercent", p.cpuPercent());
                number(g, "processes", p.processes());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void profile(JsonGenerator g, Profile p) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        text(g, "profiler", p.profiler());
        text(g, "kind", p.kind());
        text(g, "format", p.format());
        text(g, "file", p.file());
        text(g, "flamegraph", p.flamegraph());
        number(g, "targetPid", p.targetPid());
        number(g, "samples", p.samples());
        strings(g, "warnings", p.warnings());
        if (p.targetPids() != null) {
            g.writeFieldName("targetPids");
            FreeJson.value(g, p.targetPids());
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String v) throws IOException {
        if (v != null) {
            g.writeStringField(field, v);
        }
    }

    private static void instant(JsonGenerator g, String field, Instant v) throws IOException {
        if (v != null) {
            g.writeStringField(field, v.toString()); // ISO-8601 in UTC, nanoseconds as given: what the time module writes
        }
    }

    private static void bool(JsonGenerator g, String field, Boolean v) throws IOException {
        if (v != null) {
            g.writeBooleanField(field, v);
        }
    }

    private static void number(JsonGenerator g, String field, Number v) throws IOException {
        if (v != null) {
            g.writeFieldName(field);
            FreeJson.value(g, v);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> v) throws IOException {
        if (v != null) {
            g.writeFieldName(field);
            FreeJson.value(g, v);
        }
    }

    private static void map(JsonGenerator g, String field, Map<String, ?> v) throws IOException {
        if (v != null) {
            g.writeFieldName(field);
            FreeJson.value(g, v);
        }
    }
}
