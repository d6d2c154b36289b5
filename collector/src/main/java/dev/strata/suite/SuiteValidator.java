package dev.strata.suite;

import dev.strata.context.LibrarySpec;
import dev.strata.store.ProcessKey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks a typed suite needs beyond its types, each problem placed at the key or value it is about. */
final class SuiteValidator {

    private final Path file;
    private final SuiteLocations where;
    private final Collection<String> profilers;
    private final List<SuiteProblem> problems = new ArrayList<>();

    private SuiteValidator(Path file, SuiteLocations where, Collection<String> profilers) {
        this.file = file;
        this.where = where;
        this.profilers = profilers;
    }

    static List<SuiteProblem> check(Path file, Suite suite, SuiteLocations where, Collection<String> profilers) {
        SuiteValidator v = new SuiteValidator(file, where, profilers);
        v.suite(suite);
        return v.problems;
    }

    private void suite(Suite s) {
        if (s.processes().isEmpty()) {
            at("/processes", "no processes: add a 'processes:' list with at least one process");
        }
        settings("/defaults", s.defaults());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < s.processes().size(); i++) {
            SuiteProcess p = s.processes().get(i);
            String base = "/processes/" + i;
            if (p == null) {
                valueAt(base, "processes[" + i + "]: empty process");
                continue;
            }
            String label = p.name() == null ? "processes[" + i + "]" : "process '" + p.name() + "'";
            if (p.name() == null) {
                at(base, label + ": missing name");
            } else if (!ProcessKey.isValid(p.name())) {
                valueAt(base + "/name", "invalid process name '" + p.name() + "': use 1-64 characters of a-z, 0-9,"
                        + " '.', '_' and '-', starting with a letter or digit");
            } else if (seen.containsKey(p.name())) {
                valueAt(base + "/name", "duplicate process name '" + p.name() + "' (first at line "
                        + where.value("/processes/" + seen.get(p.name()) + "/name").line() + ")");
            } else {
                seen.put(p.name(), i);
            }
            if (p.command() == null || p.command().words().isEmpty()) {
                at(p.command() == null ? base : base + "/command", label + ": missing command");
            }
            for (String hook : new String[]{"setup", "teardown"}) {
                Words w = hook.equals("setup") ? p.setup() : p.teardown();
                if (w != null && w.words().isEmpty()) {
                    valueAt(base + "/" + hook, label + ": empty " + hook + " command");
                }
            }
            settings(base, new Settings(p.repetitions(), p.warmups(), p.timeout(), p.cwd(), p.env(), p.params(),
                    p.profile(), p.profileOn(), p.libs(), p.language()));
            placeholders(base, label, p, merged(s.defaults().params(), p.params()));
        }
    }

    private void settings(String base, Settings s) {
        if (s.repetitions() != null && s.repetitions() < 1) {
            valueAt(base + "/repetitions", "repetitions must be at least 1, got " + s.repetitions());
        }
        if (s.warmups() != null && s.warmups() < 0) {
            valueAt(base + "/warmups", "warmups must be 0 or more, got " + s.warmups());
        }
        try {
            Timeouts.parse(s.timeout());
        } catch (IllegalArgumentException e) {
            valueAt(base + "/timeout", e.getMessage());
        }
        try {
            ProfileOn.parse(s.profileOn());
        } catch (IllegalArgumentException e) {
            valueAt(base + "/profile-on", e.getMessage());
        }
        List<String> profile = s.profile() == null ? List.of() : s.profile();
        for (int i = 0; i < profile.size(); i++) {
            String spec = profile.get(i);
            String name = spec == null ? null : spec.split(":")[0];
            if (name == null || (!ProfilerNames.isCustom(spec) && !profilers.contains(name))) {
                String guess = name == null ? null : Suggest.closest(name, profilers);
                valueAt(base + "/profile/" + i, "unknown profiler '" + name + "'"
                        + (guess != null ? ": did you mean '" + guess + "'?" : " (known: " + String.join(", ", profilers) + ")"));
            } else if (ProfilerNames.problem(spec) != null) {
                valueAt(base + "/profile/" + i, "profiler '" + spec + "': " + ProfilerNames.problem(spec));
            }
        }
        List<String> libs = s.libs() == null ? List.of() : s.libs();
        for (int i = 0; i < libs.size(); i++) {
            try {
                LibrarySpec.parse(libs.get(i));
            } catch (IllegalArgumentException e) {
                valueAt(base + "/libs/" + i, e.getMessage().replace("--libs ", "libs "));
            }
        }
        if (s.params() != null) {
            for (Map.Entry<String, List<Object>> e : s.params().entrySet()) {
                String at = base + "/params/" + e.getKey();
                if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    at(at, "parameter name '" + e.getKey() + "': use letters, digits and '_', starting with a letter");
                }
                List<Object> values = e.getValue();
                if (values == null || values.isEmpty()) {
                    valueAt(at, "parameter '" + e.getKey() + "' has no values");
                    continue;
                }
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (!(v instanceof Number || v instanceof String || v instanceof Boolean)) {
                        valueAt(at + "/" + i, "parameter '" + e.getKey() + "': each value must be a number or text");
                    }
                }
            }
        }
    }

    private void placeholders(String base, String label, SuiteProcess p, Map<String, List<Object>> params) {
        check(base + "/command", label, p.command(), params);
        check(base + "/setup", label, p.setup(), params);
        check(base + "/teardown", label, p.teardown(), params);
        checkText(base + "/cwd", label, p.cwd(), params);
        checkText(base + "/meta-file", label, p.metaFile(), params);
        if (p.env() != null) {
            p.env().forEach((k, v) -> checkText(base + "/env/" + k, label, v, params));
        }
    }

    private void check(String pointer, String label, Words w, Map<String, List<Object>> params) {
        if (w == null) {
            return;
        }
        boolean list = where.token(pointer) == com.fasterxml.jackson.core.JsonToken.START_ARRAY;
        for (int i = 0; i < w.words().size(); i++) {
            checkText(list ? pointer + "/" + i : pointer, label, w.words().get(i), params);
        }
    }

    private void checkText(String pointer, String label, String text, Map<String, List<Object>> params) {
        for (String name : Placeholders.names(text)) {
            if (!params.containsKey(name)) {
                String guess = Suggest.closest(name, params.keySet());
                valueAt(pointer, label + ": {" + name + "} is used but not defined in params"
                        + (guess != null ? " (did you mean {" + guess + "}?)" : params.isEmpty() ? ""
                        : " (defined: " + String.join(", ", params.keySet()) + ")"));
            }
        }
    }

    static Map<String, List<Object>> merged(Map<String, List<Object>> defaults, Map<String, List<Object>> own) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        if (defaults != null) {
            m.putAll(defaults);
        }
        if (own != null) {
            m.putAll(own);
        }
        return m;
    }

    private void at(String pointer, String message) {
        SuiteLocations.Pos p = where.keyOrValue(pointer);
        problems.add(new SuiteProblem(file, p.line(), p.column(), message));
    }

    private void valueAt(String pointer, String message) {
        SuiteLocations.Pos p = where.value(pointer);
        problems.add(new SuiteProblem(file, p.line(), p.column(), message));
    }

}
