package dev.strata.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * github-action-benchmark's {@code data.js}: {@code window.BENCHMARK_DATA = {"entries": {NAME:
 * [{"commit": {"id", "timestamp"}, "date", "tool", "benches": [{"name", "value", "unit", "range"}]}]}}}.
 * Each bench of each entry is one point; NAME becomes the suite.
 */
public final class GabDataJs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LANGUAGE_OF_TOOL = Map.of("cargo", "rust", "go", "go",
            "benchmarkjs", "javascript", "pytest", "python", "googlecpp", "cpp", "catch2", "cpp",
            "julia", "julia", "jmh", "java", "benchmarkdotnet", "csharp", "benchmarkluau", "luau");

    private GabDataJs() {
    }

    public static List<ImportedPoint> parse(String text, String file) {
        String t = text.strip();
        int eq = t.indexOf('=');
        int brace = t.indexOf('{');
        if (brace < 0) {
            throw new IllegalArgumentException(file + ": not a github-action-benchmark data.js (no JSON object)");
        }
        if (eq >= 0 && eq < brace) {
            t = t.substring(eq + 1).strip();
        }
        if (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1);
        }
        JsonNode root;
        try {
            root = JSON.readTree(t);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not a github-action-benchmark data.js: line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isObject()) {
            throw new IllegalArgumentException(file + ": not a github-action-benchmark data.js (no \"entries\")");
        }
        String repoUrl = root.path("repoUrl").asText(null);
        List<ImportedPoint> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> suite : entries.properties()) {
            int i = 0;
            for (JsonNode entry : suite.getValue()) {
                String where = file + ": entries[\"" + suite.getKey() + "\"][" + i++ + "]";
                JsonNode commit = entry.path("commit");
                String sha = commit.path("id").asText("");
                if (sha.isEmpty()) {
                    throw new IllegalArgumentException(where + ": no commit id");
                }
                Instant commitTime = commit.hasNonNull("timestamp")
                        ? HistoryCsv.time(commit.get("timestamp").asText(), where) : null;
                Instant runTime = entry.path("date").isNumber() ? Instant.ofEpochMilli(entry.get("date").asLong()) : null;
                if (commitTime == null && runTime == null) {
                    throw new IllegalArgumentException(where + ": neither a commit timestamp nor a date");
                }
                String tool = entry.path("tool").asText(null);
                String language = tool == null ? null : LANGUAGE_OF_TOOL.get(tool.toLowerCase(Locale.ROOT));
                for (JsonNode b : entry.path("benches")) {
                    String name = b.path("name").asText("");
                    if (name.isEmpty() || !b.path("value").isNumber()) {
                        throw new IllegalArgumentException(where + ": a bench without a name or a numeric value");
                    }
                    out.add(new ImportedPoint("gab", file, suite.getKey(), name, Map.of(), sha, commitTime, runTime,
                            b.get("value").asDouble(), b.path("unit").asText(null), b.path("range").asText(null),
                            null, language, repoUrl));
                }
            }
        }
        return out;
    }
}
