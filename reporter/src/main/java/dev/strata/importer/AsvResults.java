package dev.strata.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.export.Cells;
import dev.strata.record.HostInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An asv {@code results/} directory: {@code benchmarks.json} (units, parameter names), then one
 * folder per machine with {@code machine.json} and one {@code <sha>-<env>.json} per commit and
 * environment. Both the current layout ({@code result_columns}) and the older one are read. A
 * parametrised benchmark gives one series per parameter set, in asv's order (the last parameter
 * varies fastest).
 */
public final class AsvResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What benchmarks.json says of one benchmark. */
    public record Benchmark(String unit, List<String> paramNames) {
    }

    private AsvResults() {
    }

    /** Reads {@code dir}: a results directory, or one machine's folder inside it. */
    public static List<ImportedPoint> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a directory (give asv's results/ directory)");
        }
        List<Path> machines = new ArrayList<>();
        Path benchmarksJson;
        if (Files.isRegularFile(dir.resolve("machine.json"))) {
            machines.add(dir);
            benchmarksJson = dir.getParent() == null ? null : dir.getParent().resolve("benchmarks.json");
        } else {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> Files.isRegularFile(p.resolve("machine.json"))).sorted().forEach(machines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            benchmarksJson = dir.resolve("benchmarks.json");
        }
        if (machines.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no asv results here (no <machine>/machine.json)");
        }
        Map<String, Benchmark> benchmarks = benchmarksJson != null && Files.isRegularFile(benchmarksJson)
                ? benchmarks(json(benchmarksJson, dir)) : Map.of();
        Path base = machines.size() == 1 && machines.get(0).equals(dir) ? dir.getParent() : dir;
        List<ImportedPoint> out = new ArrayList<>();
        for (Path m : machines) {
            JsonNode machine = json(m.resolve("machine.json"), base);
            List<Path> files;
            try (Stream<Path> s = Files.list(m)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .filter(p -> !p.getFileName().toString().equals("machine.json")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path f : files) {
                out.addAll(parseResult(json(f, base), machine, benchmarks, relative(base, f)));
            }
        }
        return out;
    }

    /** Units and parameter names by benchmark name. */
    public static Map<String, Benchmark> benchmarks(JsonNode root) {
        Map<String, Benchmark> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode b = e.getValue();
            if (b.isObject()) {
                List<String> names = new ArrayList<>();
                b.path("param_names").forEach(n -> names.add(n.asText()));
                out.put(e.getKey(), new Benchmark(b.path("unit").asText(null), names));
            }
        }
        return out;
    }

    /** The points of one result file; pure. */
    public static List<ImportedPoint> parseResult(JsonNode r, JsonNode machine, Map<String, Benchmark> benchmarks,
                                                  String file) {
        String sha = r.path("commit_hash").asText("");
        if (sha.isEmpty() || !r.path("results").isObject()) {
            throw new IllegalArgumentException(file + ": not an asv result file (no commit_hash or results)");
        }
        Instant commitTime = r.path("date").isNumber() ? Instant.ofEpochMilli(r.get("date").asLong()) : null;
        String env = r.path("env_name").asText(null);
        HostInfo host = host(machine, r.path("params"));
        List<String> columns = new ArrayList<>();
        r.path("result_columns").forEach(c -> columns.add(c.asText()));
        List<ImportedPoint> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : r.get("results").properties()) {
            String name = e.getKey();
            Map<String, JsonNode> row = columns.isEmpty() ? oldRow(e.getValue(), r, name) : newRow(columns, e.getValue());
            JsonNode result = row.get("result");
            if (result == null || result.isNull()) {
                continue;
            }
            List<List<String>> params = new ArrayList<>();
            JsonNode ps = row.get("params");
            if (ps != null) {
                ps.forEach(p -> {
                    List<String> values = new ArrayList<>();
                    p.forEach(v -> values.add(unquote(v.asText())));
                    params.add(values);
                });
            }
            List<List<String>> combos = product(params);
            Benchmark b = benchmarks.get(name);
            List<String> names = b != null && b.paramNames().size() == params.size() ? b.paramNames() : defaultNames(params.size());
            String unit = b != null && b.unit() != null ? b.unit() : unitFromName(name);
            JsonNode started = row.get("started_at");
            Instant runTime = started != null && started.isNumber() ? Instant.ofEpochMilli(started.asLong()) : null;
            if (commitTime == null && runTime == null) {
                throw new IllegalArgumentException(file + ": " + name + " has neither a commit date nor started_at");
            }
            for (int i = 0; i < combos.size() && i < result.size(); i++) {
                JsonNode v = result.get(i);
                if (v == null || !v.isNumber() || Double.isNaN(v.asDouble())) {
                    continue;
                }
                Map<String, String> p = new LinkedHashMap<>();
                for (int k = 0; k < names.size(); k++) {
                    p.put(names.get(k), combos.get(i).get(k));
                }
                out.add(new ImportedPoint("asv", file, env, name, p, sha, commitTime, runTime, v.asDouble(), unit,
                        range(row, i), host, "python", null));
            }
        }
        return out;
    }

    private static Map<String, JsonNode> newRow(List<String> columns, JsonNode values) {
        Map<String, JsonNode> row = new HashMap<>();
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            row.put(columns.get(i), values.get(i));
        }
        return row;
    }

    /* The layout before result_columns: a bare number, or {"result": [...], "params": [...], "stats": [...]}. */
    private static Map<String, JsonNode> oldRow(JsonNode v, JsonNode file, String name) {
        Map<String, JsonNode> row = new HashMap<>();
        if (v.isNumber()) {
            row.put("result", JSON.createArrayNode().add(v));
        } else if (v.isObject()) {
            JsonNode res = v.get("result");
            row.put("result", res != null && !res.isArray() && !res.isNull() ? JSON.createArrayNode().add(res) : res);
            row.put("params", v.get("params"));
        }
        JsonNode started = file.path("started_at").get(name);
        if (started != null) {
            row.put("started_at", started);
        }
        return row;
    }

    private static String range(Map<String, JsonNode> row, int i) {
        JsonNode a = row.get("stats_ci_99_a");
        JsonNode b = row.get("stats_ci_99_b");
        if (a == null || b == null || !a.path(i).isNumber() || !b.path(i).isNumber()) {
            return null;
        }
        return "ci99=[" + Cells.number(a.get(i).asDouble()) + "," + Cells.number(b.get(i).asDouble()) + "]";
    }

    static List<List<String>> product(List<List<String>> params) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> values : params) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : values) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<String> defaultNames(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("param" + i);
        }
        return out;
    }

    /* asv's own convention when benchmarks.json is missing: the prefix of the benchmark's name. */
    static String unitFromName(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.startsWith("time_")) {
            return "seconds";
        }
        if (last.startsWith("mem_") || last.startsWith("peakmem_")) {
            return "bytes";
        }
        return "unit";
    }

    /* asv stores parameter values as Python literals: 'abc' or "abc" for strings. */
    static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static HostInfo host(JsonNode machine, JsonNode params) {
        JsonNode m = machine != null && machine.isObject() ? machine : params;
        String id = m.path("machine").asText(params.path("machine").asText(null));
        if (id == null) {
            return null;
        }
        Integer cores = intOrNull(m.path("num_cpu").asText(null));
        String ram = m.path("ram").asText("");
        Long memory = ram.matches("\\d{1,18}") ? Long.valueOf(ram) : null;
        return new HostInfo(id, null, m.path("os").asText(null), null, m.path("arch").asText(null),
                m.path("cpu").asText(null), null, cores, memory, null, null);
    }

    private static Integer intOrNull(String s) {
        return s != null && s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
    }

    private static JsonNode json(Path f, Path base) {
        try {
            return JSON.readTree(f.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(relative(base, f) + ": not valid JSON: line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(relative(base, f) + ": " + e.getMessage(), e);
        }
    }

    private static String relative(Path base, Path f) {
        return base == null ? f.toString() : base.relativize(f).toString();
    }
}
