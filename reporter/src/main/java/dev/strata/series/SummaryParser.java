package dev.strata.series;

import static dev.strata.series.RecordTokens.UNUSUAL;
import static dev.strata.series.RecordTokens.bool;
import static dev.strata.series.RecordTokens.count;
import static dev.strata.series.RecordTokens.custom;
import static dev.strata.series.RecordTokens.instant;
import static dev.strata.series.RecordTokens.integer;
import static dev.strata.series.RecordTokens.longValue;
import static dev.strata.series.RecordTokens.number;
import static dev.strata.series.RecordTokens.object;
import static dev.strata.series.RecordTokens.params;
import static dev.strata.series.RecordTokens.profiles;
import static dev.strata.series.RecordTokens.repetition;
import static dev.strata.series.RecordTokens.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.strata.series.RecordTokens.Unusual;
import dev.strata.record.Better;
import dev.strata.record.RecordFormatException;
import dev.strata.record.Repetition;
import dev.strata.record.RunStatus;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * run.json straight into a {@link RunSummary}, token by token: no tree, no record, and the heavy
 * sections (timeline, process tree, environment, user data) are skipped unconverted. A value of a
 * shape records do not have in practice (a nested parameter, a number where text belongs) and every
 * broken record go to {@link SummaryJson}, whose data binding decides them and words the error, so
 * both paths give the same summary and the same message.
 */
public final class SummaryParser {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] BUILT_IN =
            MetricCatalog.all().stream().map(MetricCatalog.Builtin::name).toArray(String[]::new);

    /** Which of them the record holds as decimals ({@code Double}); the others are whole numbers ({@code Long}). */
    private static final boolean[] DECIMAL = new boolean[BUILT_IN.length];

    static {
        List<String> decimals = List.of("wallSeconds", "userSeconds", "sysSeconds", "cpuPercent");
        for (int i = 0; i < BUILT_IN.length; i++) {
            DECIMAL[i] = decimals.contains(BUILT_IN[i]);
        }
    }


    private SummaryParser() {
    }

    /**
     * The summary of one record; {@code where} names it in errors.
     *
     * @throws RecordFormatException when it is not a run record
     */
    public static RunSummary parse(byte[] json, String folder, String treeId, String where) {
        return parse(json, folder, treeId, where, null);
    }

    /**
     * As above; {@code pool} (shared by the readers of one load, or null) gives one instance of each
     * repeated text (process, tag, host, units, ...), so 100k summaries hold a few thousand strings.
     */
    public static RunSummary parse(byte[] json, String folder, String treeId, String where,
                                   Map<String, String> pool) {
        RunSummary s = fast(json, folder, treeId, where, pool);
        return s != null ? s : Summaries.of(SummaryJson.read(json, where), folder, treeId);
    }

    /** The streaming path alone: null when the record needs the general reader. */
    static RunSummary fast(byte[] json, String folder, String treeId, String where) {
        return fast(json, folder, treeId, where, null);
    }

    private static RunSummary fast(byte[] json, String folder, String treeId, String where, Map<String, String> pool) {
        try (JsonParser p = JSON.createParser(json)) {
            return new State(folder, treeId, pool).read(p, where);
        } catch (Unusual | IOException | RuntimeException e) {
            if (e instanceof RecordFormatException r) {
                throw r;
            }
            return null;
        }
    }

    /** The fields of one record as they stream by. */
    private static final class State {
        final String folder;
        final String treeId;
        String schema, id, process, suite, tag, description, language, task, status;
        Instant startedAt, endedAt;
        Integer exitCode;
        Map<String, Object> params;
        Repetition repetition;
        String sha, shortSha, branch, describe;
        Boolean dirty;
        Instant commitTime;
        boolean hasGit, hasHost;
        String hostId, hostname, os, arch, cpuModel;
        Integer logicalCores;
        Long memoryBytes;
        final Double[] builtIn = new Double[BUILT_IN.length];
        Map<String, Object[]> custom;
        List<ProfileRef> profiles;
        int warnings;
        String range, importKey;

        final Map<String, String> pool;

        State(String folder, String treeId, Map<String, String> pool) {
            this.folder = folder;
            this.treeId = treeId;
            this.pool = pool;
        }

        private String p(String s) {
            if (pool == null || s == null) {
                return s;
            }
            String had = pool.putIfAbsent(s, s);
            return had == null ? s : had;
        }

        RunSummary read(JsonParser p, String where) throws IOException, Unusual {
            // an empty or non-object document is worded by the general reader
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw UNUSUAL;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "schema" -> schema = text(p, t);
                    case "id" -> id = text(p, t);
                    case "process" -> process = text(p, t);
                    case "suite" -> suite = text(p, t);
                    case "tag" -> tag = text(p, t);
                    case "description" -> description = text(p, t);
                    case "language" -> language = text(p, t);
                    case "task" -> task = text(p, t);
                    case "params" -> params = params(p, t);
                    case "startedAt" -> startedAt = instant(p, t);
                    case "endedAt" -> endedAt = instant(p, t);
                    case "exitCode" -> exitCode = integer(p, t);
                    case "status" -> {
                        String s = text(p, t);
                        status = s == null ? null : RunStatus.parse(s).json();
                    }
                    case "repetition" -> repetition = repetition(p, t);
                    case "git" -> git(p, t);
                    case "host" -> host(p, t);
                    case "metrics" -> metrics(p, t);
                    case "customMetrics" -> custom = custom(p, t);
                    case "profiles" -> profiles = profiles(p, t);
                    case "warnings" -> warnings = count(p, t);
                    case "userData" -> userData(p, t);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw UNUSUAL;
            }
            if (schema != null && !schema.startsWith("strata.run/")) {
                throw new RecordFormatException(where + ": not a strata run record (schema " + schema + ")");
            }
            if (process == null) {
                throw new RecordFormatException(where + ": run record has no 'process'");
            }
            return summary();
        }

        private void git(JsonParser p, JsonToken t) throws IOException, Unusual {
            sha = shortSha = branch = describe = null;
            dirty = null;
            commitTime = null;
            hasGit = object(p, t);
            if (!hasGit) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                    case "sha" -> sha = text(p, v);
                    case "shortSha" -> shortSha = text(p, v);
                    case "branch" -> branch = text(p, v);
                    case "describe" -> describe = text(p, v);
                    case "dirty" -> dirty = bool(v);
                    case "commitTime" -> commitTime = instant(p, v);
                    case "repo" -> text(p, v);
                    default -> p.skipChildren();
                }
            }
        }

        private void host(JsonParser p, JsonToken t) throws IOException, Unusual {
            hostId = hostname = os = arch = cpuModel = null;
            logicalCores = null;
            memoryBytes = null;
            hasHost = object(p, t);
            if (!hasHost) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                    case "id" -> hostId = text(p, v);
                    case "hostname" -> hostname = text(p, v);
                    case "os" -> os = text(p, v);
                    case "arch" -> arch = text(p, v);
                    case "cpuModel" -> cpuModel = text(p, v);
                    case "logicalCores" -> logicalCores = integer(p, v);
                    case "memoryBytes" -> memoryBytes = longValue(p, v);
                    case "kernel" -> text(p, v);
                    case "physicalCores" -> integer(p, v);
                    default -> p.skipChildren();
                }
            }
        }

        private void metrics(JsonParser p, JsonToken t) throws IOException, Unusual {
            java.util.Arrays.fill(builtIn, null);
            if (!object(p, t)) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                int i = builtInIndex(f);
                if (i < 0) {
                    p.skipChildren();
                } else if (DECIMAL[i]) {
                    builtIn[i] = number(p, v);
                } else {
                    Long l = longValue(p, v);
                    builtIn[i] = l == null ? null : l.doubleValue();
                }
            }
        }

        private RunSummary summary() {
            Map<String, Double> m = new LinkedHashMap<>(32);
            for (int i = 0; i < BUILT_IN.length; i++) {
                if (builtIn[i] != null && Double.isFinite(builtIn[i])) {
                    m.put(BUILT_IN[i], builtIn[i]);
                }
            }
            Map<String, MetricInfo> infos = new TreeMap<>();
            if (custom != null) {
                for (Map.Entry<String, Object[]> e : custom.entrySet()) {
                    Object[] c = e.getValue();
                    if (c == null || !Double.isFinite((Double) c[0])) {
                        continue;
                    }
                    String key = p(MetricInfo.CUSTOM + e.getKey());
                    m.put(key, (Double) c[0]);
                    infos.put(key, new MetricInfo(key, p(e.getKey()), c[1] == null ? "" : p((String) c[1]), (Better) c[2]));
                }
            }
            String shortShaOut = !hasGit ? null : shortSha != null ? shortSha
                    : sha == null ? null : sha.substring(0, Math.min(7, sha.length()));
            List<ProfileRef> refs = new ArrayList<>(profiles == null ? 0 : profiles.size());
            if (profiles != null) {
                profiles.forEach(r -> refs.add(new ProfileRef(p(r.profiler()), p(r.kind()), p(r.format()), p(r.file()),
                        p(r.flamegraph()))));
            }
            return new RunSummary(p(process), folder, treeId, id, startedAt, endedAt, status == null ? "unknown" : status,
                    exitCode, p(tag), p(suite), p(description), p(language), p(task), params == null ? Map.of() : params,
                    repetition, p(sha), p(shortShaOut), commitTime, p(branch), p(describe), dirty, p(hostId),
                    p(hostname), p(os), p(arch), p(cpuModel), logicalCores, memoryBytes, m, infos, refs, warnings,
                    p(range), importKey);
        }

        private void userData(JsonParser p, JsonToken t) throws IOException, Unusual {
            range = importKey = null;
            if (!object(p, t)) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                if (!f.equals("imported")) {
                    p.skipChildren();
                    continue;
                }
                range = importKey = null;
                if (!object(p, v)) {
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    JsonToken w = p.nextToken();
                    if (g.equals("range")) {
                        range = text(p, w);
                    } else if (g.equals("key")) {
                        importKey = text(p, w);
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
    }

    private static int builtInIndex(String name) {
        for (int i = 0; i < BUILT_IN.length; i++) {
            if (BUILT_IN[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

}
