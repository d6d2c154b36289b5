package dev.strata.suite;

import dev.strata.context.LibrarySpec;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A valid suite turned into batches: defaults merged, the sweep expanded, placeholders filled in. */
public final class SuitePlan {

    /**
     * What the command line changes: a glob on process names, repetitions for all, the tag, sweep
     * values, and whether the suite's profilers run at all.
     */
    public record Overrides(List<String> filters, Integer repetitions, String tag, Map<String, List<Object>> params,
                            boolean profile) {
        public static final Overrides NONE = new Overrides(List.of(), null, null, Map.of(), true);
    }

    private SuitePlan() {
    }

    /**
     * @param suiteDir relative {@code cwd:} values are taken from here (the suite file's directory)
     * @throws IllegalArgumentException when a filter matches no process
     */
    public static List<Batch> of(Suite suite, String suiteName, Path suiteDir, Overrides o, Supplier<String> batchIds) {
        List<PathMatcher> globs = new ArrayList<>();
        for (String f : o.filters()) {
            globs.add(FileSystems.getDefault().getPathMatcher("glob:" + f));
        }
        List<Batch> out = new ArrayList<>();
        boolean[] used = new boolean[globs.size()];
        java.util.Set<String> paramNames = new java.util.TreeSet<>();
        Settings d = suite.defaults();
        for (SuiteProcess p : suite.processes()) {
            boolean keep = globs.isEmpty();
            for (int i = 0; i < globs.size(); i++) {
                if (globs.get(i).matches(Path.of(p.name()))) {
                    used[i] = true;
                    keep = true;
                }
            }
            if (!keep) {
                continue;
            }
            int reps = o.repetitions() != null ? o.repetitions() : first(p.repetitions(), d.repetitions(), 1);
            int warmups = first(p.warmups(), d.warmups(), 0);
            List<String> profilers = o.profile() ? first(p.profile(), d.profile(), List.of()) : List.<String>of();
            ProfileOn on = ProfileOn.parse(first(p.profileOn(), d.profileOn(), null));
            List<LibrarySpec> libs = first(p.libs(), d.libs(), List.<String>of()).stream().map(LibrarySpec::parse).toList();
            Map<String, String> env = new LinkedHashMap<>();
            if (d.env() != null) {
                env.putAll(d.env());
            }
            if (p.env() != null) {
                env.putAll(p.env());
            }
            Map<String, List<Object>> sweep = SuiteValidator.merged(d.params(), p.params());
            paramNames.addAll(sweep.keySet());
            o.params().forEach((k, v) -> sweep.replace(k, v));
            for (Map<String, Object> point : Sweep.points(sweep)) {
                Map<String, String> pointEnv = new LinkedHashMap<>();
                env.forEach((k, v) -> pointEnv.put(k, Placeholders.substitute(v, point)));
                Path cwd = suiteDir.resolve(Placeholders.substitute(first(p.cwd(), d.cwd(), "."), point)).normalize();
                out.add(new Batch(batchIds.get(), p.name(), point, suiteName,
                        o.tag() != null ? o.tag() : suite.tag(),
                        p.description() != null ? p.description() : suite.description(),
                        first(p.language(), d.language(), null), p.task(),
                        words(p.command(), point), cwd, pointEnv,
                        Timeouts.parse(first(p.timeout(), d.timeout(), null)),
                        words(p.setup(), point), words(p.teardown(), point), profilers, libs,
                        p.metaFile() == null ? null : cwd.resolve(Placeholders.substitute(p.metaFile(), point)),
                        runs(out.size(), warmups, reps, !profilers.isEmpty(), on)));
            }
        }
        for (String name : o.params().keySet()) {
            if (!paramNames.contains(name) && !out.isEmpty()) {
                throw new IllegalArgumentException("--param " + name + ": no process of the suite has this parameter"
                        + (paramNames.isEmpty() ? "" : " (they have: " + String.join(", ", paramNames) + ")"));
            }
        }
        for (int i = 0; i < globs.size(); i++) {
            if (!used[i]) {
                throw new IllegalArgumentException("--filter '" + o.filters().get(i) + "' matches no process of the suite");
            }
        }
        return out;
    }

    static List<PlannedRun> runs(int batch, int warmups, int reps, boolean profiled, ProfileOn on) {
        boolean extra = profiled && on == ProfileOn.EXTRA;
        int w = warmups + (extra ? 1 : 0);
        List<PlannedRun> runs = new ArrayList<>();
        for (int i = 1; i <= warmups; i++) {
            runs.add(new PlannedRun(batch, i, w, true, false));
        }
        for (int i = 1; i <= reps; i++) {
            runs.add(new PlannedRun(batch, i, reps, false, profiled && (on == ProfileOn.ALL || on == ProfileOn.FIRST && i == 1)));
        }
        if (extra) {
            runs.add(new PlannedRun(batch, w, w, true, true));
        }
        return List.copyOf(runs);
    }

    private static List<String> words(Words w, Map<String, Object> point) {
        return w == null ? null : w.words().stream().map(s -> Placeholders.substitute(s, point)).toList();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
