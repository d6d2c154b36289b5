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

    /** What the command line changes: a glob on process names, repetitions for all, the tag. */
    public record Overrides(List<String> filters, Integer repetitions, String tag) {
        public static final Overrides NONE = new Overrides(List.of(), null, null);
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
            List<String> profilers = first(p.profile(), d.profile(), List.of());
            ProfileOn on = ProfileOn.parse(first(p.profileOn(), d.profileOn(), null));
            List<LibrarySpec> libs = first(p.libs(), d.libs(), List.<String>of()).stream().map(LibrarySpec::parse).toList();
            Map<String, String> env = new LinkedHashMap<>();
            if (d.env() != null) {
                env.putAll(d.env());
            }
            if (p.env() != null) {
                env.putAll(p.env());
            }
            for (Map<String, Object> point : Sweep.points(SuiteValidator.merged(d.params(), p.params()))) {
                Map<String, String> pointEnv = new LinkedHashMap<>();
                env.forEach((k, v) -> pointEnv.put(k, Placeholders.substitute(v, point)));
                String cwd = Placeholders.substitute(first(p.cwd(), d.cwd(), "."), point);
                out.add(new Batch(batchIds.get(), p.name(), point, suiteName,
                        o.tag() != null ? o.tag() : suite.tag(),
                        p.description() != null ? p.description() : suite.description(),
                        first(p.language(), d.language(), null), p.task(),
                        words(p.command(), point), suiteDir.resolve(cwd).normalize(), pointEnv,
                        Timeouts.parse(first(p.timeout(), d.timeout(), null)),
                        words(p.setup(), point), words(p.teardown(), point), profilers, libs,
                        runs(out.size(), warmups, reps, !profilers.isEmpty(), on)));
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
