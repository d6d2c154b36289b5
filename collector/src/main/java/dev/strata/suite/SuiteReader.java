package dev.strata.suite;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a suite file into typed records with Jackson's YAML module. A YAML syntax error or a
 * duplicate key stops at its place; every unknown key is reported (with the closest known one);
 * the first value of the wrong type stops the binding. Semantic checks follow in {@link SuiteValidator}.
 */
public final class SuiteReader {

    /** The suite (null when it could not be bound) and every problem found, in file order. */
    public record Result(Path file, Suite suite, List<SuiteProblem> problems) {
        public boolean ok() {
            return suite != null && problems.isEmpty();
        }
    }

    private SuiteReader() {
    }

    /** Reads and validates; profilers are checked against {@code knownProfilers}. */
    public static Result read(Path file, java.util.Collection<String> knownProfilers) throws IOException {
        return parse(file, Files.readString(file, StandardCharsets.UTF_8), knownProfilers);
    }

    public static Result parse(Path file, String text, java.util.Collection<String> knownProfilers) {
        YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        SuiteLocations where = SuiteLocations.index(factory, text);
        List<SuiteProblem> problems = new ArrayList<>();
        YAMLMapper mapper = YAMLMapper.builder(factory)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        if (text.isBlank()) {
            problems.add(new SuiteProblem(file, 1, 1, "empty suite: expected a mapping with 'processes:'"));
            return new Result(file, null, problems);
        }
        if (where.syntaxError() != null) {
            problems.add(syntaxProblem(file, text, where.syntaxError()));
            return new Result(file, null, problems);
        }
        problems.addAll(unknownKeys(file, where));
        Suite suite;
        try {
            suite = mapper.readValue(text, Suite.class);
        } catch (JsonMappingException e) {
            problems.add(typeProblem(file, where, e));
            return new Result(file, null, sorted(problems));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parsed once, failed the second time", e);
        }
        if (suite == null) {
            problems.add(new SuiteProblem(file, 1, 1, "empty suite: expected a mapping with 'processes:'"));
            return new Result(file, null, problems);
        }
        problems.addAll(SuiteValidator.check(file, suite, where, knownProfilers));
        return new Result(file, suite, sorted(problems));
    }

    private static List<SuiteProblem> sorted(List<SuiteProblem> problems) {
        List<SuiteProblem> s = new ArrayList<>(problems);
        s.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return s;
    }

    private static SuiteProblem typeProblem(Path file, SuiteLocations where, JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        StringBuilder readable = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                pointer.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
                readable.append(readable.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                pointer.append('/').append(r.getIndex());
                readable.append('[').append(r.getIndex()).append(']');
            }
        }
        SuiteLocations.Pos at = where.value(pointer.toString());
        if (where.token(pointer.toString()) == null && e.getLocation() != null) {
            at = SuiteLocations.Pos.of(e.getLocation());
        }
        String what = readable.length() == 0 ? "suite" : readable.toString();
        String message;
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() == Words.class) {
            message = what + ": " + e.getOriginalMessage();
        } else {
            Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi ? mi.getTargetType() : null;
            String got = e instanceof InvalidFormatException f && f.getValue() != null
                    ? "'" + f.getValue() + "'" : Types.describe(where.token(pointer.toString()));
            message = what + ": wrong type: expected " + Types.expected(target) + ", got " + got;
        }
        return new SuiteProblem(file, at.line(), at.column(), message);
    }

    private static SuiteProblem syntaxProblem(Path file, String text, JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
            return new SuiteProblem(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
                    "YAML syntax: " + m.getProblem() + context);
        }
        var loc = e.getLocation();
        int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
        int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().lines().findFirst().orElse("");
        if (first.startsWith("Duplicate field")) {
            String key = first.substring("Duplicate field".length()).trim().replaceAll("^'|'$", "");
            // the parser stands after the key: point at the key itself when it is on that line
            String[] lines = text.split("\n", -1);
            int at = line <= lines.length ? lines[line - 1].indexOf(key + ":") : -1;
            return new SuiteProblem(file, line, at >= 0 ? at + 1 : col, "duplicate key '" + key + "'");
        }
        return new SuiteProblem(file, line, col, "YAML syntax: " + first);
    }

    /** Every key the records do not know, with the closest known one; their values were skipped by the binding. */
    private static List<SuiteProblem> unknownKeys(Path file, SuiteLocations where) {
        List<SuiteProblem> out = new ArrayList<>();
        for (var e : where.keys().entrySet()) {
            String[] parts = e.getKey().substring(1).split("/", -1);
            Class<?> type = parts.length == 1 ? Suite.class
                    : parts.length == 2 && parts[0].equals("defaults") ? Settings.class
                    : parts.length == 3 && parts[0].equals("processes") && parts[1].matches("\\d+") ? SuiteProcess.class
                    : null;
            if (type == null) {
                continue;
            }
            String key = parts[parts.length - 1].replace("~1", "/").replace("~0", "~");
            List<String> known = keysOf(type);
            if (!known.contains(key)) {
                String guess = Suggest.closest(key, known);
                out.add(new SuiteProblem(file, e.getValue().line(), e.getValue().column(), "unknown key '" + key + "'"
                        + (guess != null ? ": did you mean '" + guess + "'?" : " (known here: " + String.join(", ", known) + ")")));
            }
        }
        return out;
    }

    static List<String> keysOf(Class<?> record) {
        List<String> keys = new ArrayList<>();
        for (var c : record.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            keys.add(p != null ? p.value() : c.getName());
        }
        return keys;
    }
}
