package dev.strata.profilers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The profilers strata knows, and the {@code --profile} syntax: names separated by commas, each
 * with options after colons ({@code py-spy:rate=250:native}, {@code perf:callgraph=fp}), or one
 * user command {@code custom:NAME[:FORMAT][:memory]=COMMAND} with {@code {pid}} and {@code {out}}.
 */
public final class Profilers {

    /** One known profiler, as {@code strata profilers} lists it. */
    public record Known(String name, String language, String mode, String options, Profiler example) {
    }

    private Profilers() {
    }

    public static List<Known> catalogue() {
        return List.of(
                new Known(PySpy.NAME, "Python CPU", "attaches", "rate=N native idle lines nonblocking", PySpy.defaults()),
                new Known(Perf.NAME, "native CPU (anything)", "attaches", "rate=N callgraph=dwarf|fp|lbr event=E",
                        Perf.defaults()),
                new Known(Rprof.NAME, "R CPU", "wraps (R_PROFILE_USER)", "interval=SECONDS", Rprof.defaults()),
                new Known(Memray.NAME, "Python memory at peak", "wraps (python -m memray run)", "native",
                        Memray.defaults()),
                new Known(Heaptrack.NAME, "native memory at peak", "wraps (preload library)", "", new Heaptrack()),
                new Known(Jfr.NAME, "JVM CPU", "wraps (JAVA_TOOL_OPTIONS)", "", new Jfr()));
    }

    /** Every profiler named by the values of {@code --profile}; the same one twice is an error. */
    public static List<Profiler> parse(List<String> values) {
        List<Profiler> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            List<String> specs = v.strip().startsWith("custom:") ? List.of(v.strip()) : List.of(v.split(","));
            for (String spec : specs) {
                if (spec.isBlank()) {
                    continue;
                }
                Profiler p = parseOne(spec.strip());
                if (!names.add(p.name())) {
                    throw new IllegalArgumentException("--profile: " + p.name() + " is given twice");
                }
                out.add(p);
            }
        }
        return out;
    }

    public static Profiler parseOne(String spec) {
        if (spec.startsWith("custom:")) {
            return custom(spec);
        }
        String[] parts = spec.split(":");
        String name = parts[0].toLowerCase(Locale.ROOT);
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            opts.put(eq < 0 ? parts[i] : parts[i].substring(0, eq), eq < 0 ? "" : parts[i].substring(eq + 1));
        }
        Options o = new Options(name, opts);
        Profiler p = switch (name) {
            case PySpy.NAME -> new PySpy(o.integer("rate", 100), o.flag("native"), o.flag("idle"), o.flag("lines"),
                    o.flag("nonblocking"));
            case Perf.NAME -> new Perf(o.integer("rate", 99), o.text("callgraph", "dwarf"), o.text("event", "task-clock"));
            case Rprof.NAME, "rprof-cpu", "r" -> new Rprof(o.decimal("interval", 0.01));
            case Memray.NAME -> new Memray(o.flag("native"));
            case Heaptrack.NAME -> new Heaptrack();
            case Jfr.NAME, "java" -> new Jfr();
            default -> throw new IllegalArgumentException("unknown profiler '" + name + "' (known: py-spy, perf, rprof,"
                    + " memray, heaptrack, jfr, custom:NAME=COMMAND; see strata profilers)");
        };
        o.rejectUnused();
        return p;
    }

    /** {@code custom:NAME[:FORMAT][:memory]=COMMAND}. */
    private static Profiler custom(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("--profile " + spec + ": expected custom:NAME=COMMAND with {pid} and {out}");
        }
        String[] head = spec.substring("custom:".length(), eq).split(":");
        String name = head[0];
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,39}")) {
            throw new IllegalArgumentException("--profile " + spec + ": the name '" + name
                    + "' must be lower-case letters, digits, '.', '_' or '-'");
        }
        CustomProfiler.Format format = CustomProfiler.Format.OPAQUE;
        ProfileKind kind = ProfileKind.CPU;
        for (int i = 1; i < head.length; i++) {
            if (head[i].equalsIgnoreCase("memory")) {
                kind = ProfileKind.MEMORY;
            } else if (head[i].equalsIgnoreCase("cpu")) {
                kind = ProfileKind.CPU;
            } else {
                format = CustomProfiler.Format.parse(head[i]);
            }
        }
        return new CustomProfiler(name, format, kind, spec.substring(eq + 1));
    }

    /** Options of one profiler, checked: an unknown or malformed one is an error naming it. */
    private static final class Options {
        private final String profiler;
        private final Map<String, String> values;

        Options(String profiler, Map<String, String> values) {
            this.profiler = profiler;
            this.values = new LinkedHashMap<>(values);
        }

        boolean flag(String key) {
            String v = values.remove(key);
            if (v == null) {
                return false;
            }
            if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException(profiler + ":" + key + " takes no value (or true/false), not '" + v + "'");
            }
            return !v.equals("false");
        }

        int integer(String key, int dflt) {
            String v = values.remove(key);
            try {
                return v == null ? dflt : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(profiler + ":" + key + " must be a whole number, not '" + v + "'");
            }
        }

        double decimal(String key, double dflt) {
            String v = values.remove(key);
            try {
                return v == null ? dflt : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(profiler + ":" + key + " must be a number, not '" + v + "'");
            }
        }

        String text(String key, String dflt) {
            String v = values.remove(key);
            return v == null || v.isEmpty() ? dflt : v;
        }

        void rejectUnused() {
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("profiler " + profiler + " has no option '"
                        + values.keySet().iterator().next() + "'");
            }
        }
    }
}
