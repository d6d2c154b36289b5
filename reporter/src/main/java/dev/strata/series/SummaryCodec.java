package dev.strata.series;

import dev.strata.record.Better;
import dev.strata.record.Repetition;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A compact binary form of {@link RunSummary} for the cache: a 100k-run cache loads in about a second. */
final class SummaryCodec {

    private SummaryCodec() {
    }

    static void write(DataOutput o, RunSummary r) throws IOException {
        str(o, r.process());
        str(o, r.folder());
        str(o, r.treeId());
        str(o, r.id());
        instant(o, r.startedAt());
        instant(o, r.endedAt());
        str(o, r.status());
        value(o, r.exitCode());
        str(o, r.tag());
        str(o, r.suite());
        str(o, r.description());
        str(o, r.language());
        str(o, r.task());
        o.writeInt(r.params().size());
        for (Map.Entry<String, Object> e : r.params().entrySet()) {
            str(o, e.getKey());
            value(o, e.getValue());
        }
        Repetition rep = r.repetition();
        o.writeBoolean(rep != null);
        if (rep != null) {
            str(o, rep.batch());
            value(o, rep.index());
            value(o, rep.of());
            value(o, rep.warmup());
        }
        str(o, r.sha());
        str(o, r.shortSha());
        instant(o, r.commitTime());
        str(o, r.branch());
        str(o, r.describe());
        value(o, r.dirty());
        str(o, r.hostId());
        str(o, r.hostname());
        str(o, r.os());
        str(o, r.arch());
        str(o, r.cpuModel());
        value(o, r.logicalCores());
        value(o, r.memoryBytes());
        o.writeInt(r.metrics().size());
        for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
            str(o, e.getKey());
            o.writeDouble(e.getValue());
        }
        o.writeInt(r.custom().size());
        for (MetricInfo m : r.custom().values()) {
            str(o, m.key());
            str(o, m.label());
            str(o, m.unit());
            str(o, m.better() == null ? null : m.better().json());
        }
        o.writeInt(r.profiles().size());
        for (ProfileRef p : r.profiles()) {
            str(o, p.profiler());
            str(o, p.kind());
            str(o, p.format());
            str(o, p.file());
            str(o, p.flamegraph());
        }
        o.writeInt(r.warnings());
        str(o, r.publishedRange());
        str(o, r.importKey());
    }

    static RunSummary read(DataInput in) throws IOException {
        return read(in, new HashMap<>());
    }

    /**
     * @param pool one instance of each repeated text (process, tag, host, metric names, ...): 100k
     *             summaries share a few hundred distinct values, and need a fraction of the memory
     */
    static RunSummary read(DataInput in, Map<String, String> pool) throws IOException {
        String process = p(pool, str(in)), folder = str(in), tree = str(in), id = str(in);
        Instant started = instant(in), ended = instant(in);
        String status = p(pool, str(in));
        Integer exitCode = (Integer) value(in, Integer.class);
        String tag = p(pool, str(in)), suite = p(pool, str(in)), description = p(pool, str(in)), language = p(pool, str(in)),
                task = p(pool, str(in));
        int n = in.readInt();
        Map<String, Object> params = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            params.put(p(pool, str(in)), value(in, null));
        }
        Repetition rep = in.readBoolean() ? new Repetition(p(pool, str(in)), (Integer) value(in, Integer.class),
                (Integer) value(in, Integer.class), (Boolean) value(in, null)) : null;
        String sha = str(in), shortSha = str(in);
        Instant commit = instant(in);
        String branch = p(pool, str(in)), describe = p(pool, str(in));
        Boolean dirty = (Boolean) value(in, null);
        String hostId = p(pool, str(in)), hostname = p(pool, str(in)), os = p(pool, str(in)), arch = p(pool, str(in)),
                cpu = p(pool, str(in));
        Integer cores = (Integer) value(in, Integer.class);
        Long memory = (Long) value(in, null);
        n = in.readInt();
        Map<String, Double> metrics = new LinkedHashMap<>(32);
        for (int i = 0; i < n; i++) {
            metrics.put(p(pool, str(in)), in.readDouble());
        }
        n = in.readInt();
        Map<String, MetricInfo> custom = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String key = p(pool, str(in)), label = p(pool, str(in)), unit = p(pool, str(in)), better = str(in);
            custom.put(key, new MetricInfo(key, label, unit, better == null ? null : Better.parse(better)));
        }
        n = in.readInt();
        List<ProfileRef> profiles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            profiles.add(new ProfileRef(p(pool, str(in)), p(pool, str(in)), p(pool, str(in)), p(pool, str(in)),
                    p(pool, str(in))));
        }
        int warnings = in.readInt();
        String range = p(pool, str(in)), importKey = str(in);
        return new RunSummary(process, folder, tree, id, started, ended, status, exitCode, tag, suite, description,
                language, task, params, rep, sha, shortSha, commit, branch, describe, dirty, hostId, hostname, os,
                arch, cpu, cores, memory, metrics, custom, profiles, warnings, range, importKey);
    }

    private static String p(Map<String, String> pool, String s) {
        if (s == null) {
            return null;
        }
        String had = pool.putIfAbsent(s, s);
        return had == null ? s : had;
    }

    private static void instant(DataOutput o, Instant t) throws IOException {
        o.writeBoolean(t != null);
        if (t != null) {
            o.writeLong(t.getEpochSecond());
            o.writeInt(t.getNano());
        }
    }

    private static Instant instant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void str(DataOutput o, String s) throws IOException {
        if (s == null) {
            o.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    private static String str(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > (1 << 24)) {
            throw new IOException("damaged cache: string of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void value(DataOutput o, Object v) throws IOException {
        if (v instanceof RawJson j) {
            o.writeByte('J');
            str(o, j.json());
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            o.writeByte('L');
            o.writeLong(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            o.writeByte('D');
            o.writeDouble(((Number) v).doubleValue());
        } else if (v instanceof Boolean b) {
            o.writeByte('B');
            o.writeBoolean(b);
        } else if (v == null) {
            o.writeByte('N');
        } else {
            o.writeByte('S');
            str(o, String.valueOf(v));
        }
    }

    /** @param as Integer.class where the field is an int (stored as a long like every integer) */
    private static Object value(DataInput in, Class<?> as) throws IOException {
        return switch (in.readByte()) {
            case 'L' -> as == Integer.class ? (Object) (int) in.readLong() : (Object) in.readLong();
            case 'J' -> new RawJson(str(in));
            case 'D' -> in.readDouble();
            case 'B' -> in.readBoolean();
            case 'N' -> null;
            case 'S' -> str(in);
            default -> throw new IOException("damaged cache: unknown value type");
        };
    }
}
