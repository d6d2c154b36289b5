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

/**
 * A compact binary form of {@link RunSummary} for the cache. Texts that repeat from run to run
 * (process, tag, host, metric names, units, commit) are written once per block and then referred to
 * by number: 100k summaries share a few thousand of them, so the file is small, a load allocates
 * one string per distinct text, and the summaries share them in memory. One codec per block.
 */
final class SummaryCodec {

    /** Texts of this block, in the order first written (writing) or read (reading). */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    void write(DataOutput o, RunSummary r) throws IOException {
        str(o, r.process());
        unique(o, r.folder());
        unique(o, r.treeId());
        unique(o, r.id());
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
        unique(o, r.importKey());
    }

    RunSummary read(DataInput in) throws IOException {
        String process = str(in), folder = unique(in), tree = unique(in), id = unique(in);
        Instant started = instant(in), ended = instant(in);
        String status = str(in);
        Integer exitCode = (Integer) value(in, Integer.class);
        String tag = str(in), suite = str(in), description = str(in), language = str(in), task = str(in);
        int n = in.readInt();
        Map<String, Object> params = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            params.put(str(in), value(in, null));
        }
        Repetition rep = in.readBoolean() ? new Repetition(str(in), (Integer) value(in, Integer.class),
                (Integer) value(in, Integer.class), (Boolean) value(in, null)) : null;
        String sha = str(in), shortSha = str(in);
        Instant commit = instant(in);
        String branch = str(in), describe = str(in);
        Boolean dirty = (Boolean) value(in, null);
        String hostId = str(in), hostname = str(in), os = str(in), arch = str(in), cpu = str(in);
        Integer cores = (Integer) value(in, Integer.class);
        Long memory = (Long) value(in, null);
        n = in.readInt();
        Map<String, Double> metrics = new LinkedHashMap<>(32);
        for (int i = 0; i < n; i++) {
            metrics.put(str(in), in.readDouble());
        }
        n = in.readInt();
        Map<String, MetricInfo> custom = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String key = str(in), label = str(in), unit = str(in), better = str(in);
            custom.put(key, new MetricInfo(key, label, unit, better == null ? null : Better.parse(better)));
        }
        n = in.readInt();
        List<ProfileRef> profiles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            profiles.add(new ProfileRef(str(in), str(in), str(in), str(in), str(in)));
        }
        int warnings = in.readInt();
        String range = str(in), importKey = unique(in);
        return new RunSummary(process, folder, tree, id, started, ended, status, exitCode, tag, suite, description,
                language, task, params, rep, sha, shortSha, commit, branch, describe, dirty, hostId, hostname, os,
                arch, cpu, cores, memory, metrics, custom, profiles, warnings, range, importKey);
    }

    /** A text that may repeat: the first time in full, then as -2 - its number. */
    private void str(DataOutput o, String s) throws IOException {
        Integer id = s == null ? null : ids.get(s);
        if (id != null) {
            o.writeInt(-2 - id);
            return;
        }
        unique(o, s);
        if (s != null) {
            ids.put(s, ids.size());
        }
    }

    private String str(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < -1) {
            int id = -2 - n;
            if (id >= texts.size()) {
                throw new IOException("damaged cache: text " + id + " of " + texts.size());
            }
            return texts.get(id);
        }
        String s = text(in, n);
        if (s != null) {
            texts.add(s);
        }
        return s;
    }

    /** A text that never repeats (a folder, a tree id): always in full, never numbered. */
    private static void unique(DataOutput o, String s) throws IOException {
        if (s == null) {
            o.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    private static String unique(DataInput in) throws IOException {
        return text(in, in.readInt());
    }

    private static String text(DataInput in, int n) throws IOException {
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > (1 << 24)) {
            throw new IOException("damaged cache: text of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
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

    private void value(DataOutput o, Object v) throws IOException {
        if (v instanceof RawJson j) {
            o.writeByte('J');
            unique(o, j.json());
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
    private Object value(DataInput in, Class<?> as) throws IOException {
        return switch (in.readByte()) {
            case 'L' -> as == Integer.class ? (Object) (int) in.readLong() : (Object) in.readLong();
            case 'J' -> new RawJson(unique(in));
            case 'D' -> in.readDouble();
            case 'B' -> in.readBoolean();
            case 'N' -> null;
            case 'S' -> str(in);
            default -> throw new IOException("damaged cache: unknown value type");
        };
    }
}
