package dev.strata.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.context.ContextCapture;
import dev.strata.context.LibrarySpec;
import dev.strata.profilers.Profiler;
import dev.strata.record.CustomMetric;
import dev.strata.record.Repetition;
import dev.strata.store.StoreLocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything one run was asked to do, already validated: what to run and where, how it is
 * labelled, what context to capture, how it is watched, which profilers go with it, and which
 * store it goes to. Built with {@link #builder}; only the command and its directory are required.
 *
 * @param store null when the run is only measured ({@link Collector#measure})
 */
public record RunRequest(List<String> command, Path cwd, Labels labels, ContextCapture.Options context,
                         Watch watch, List<Profiler> profilers, StoreLocation store, boolean push,
                         Map<String, String> env) {

    public static final long DEFAULT_SAMPLE_MILLIS = 100;

    public RunRequest {
        command = List.copyOf(command);
        profilers = profilers == null ? List.of() : List.copyOf(profilers);
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    /**
     * How the run is named and described in the store. {@code name} null derives the process name
     * from the command; {@code metrics} are figures measured elsewhere.
     */
    public record Labels(String name, String suite, String tag, String description, String language, String task,
                         Map<String, Object> params, ObjectNode userData, Map<String, CustomMetric> metrics,
                         Repetition repetition) {
        public Labels {
            params = params == null ? Map.of() : params;
            metrics = metrics == null ? Map.of() : metrics;
        }
    }

    /**
     * How the workload is watched.
     *
     * @param timeout              null: no limit
     * @param sampleIntervalMillis 0: the process tree is not sampled
     * @param captureBytes         0: output is not kept; else the cap per stream
     */
    public record Watch(Duration timeout, Duration killGrace, long sampleIntervalMillis, int captureBytes) {
    }

    public static Builder builder(List<String> command, Path cwd) {
        return new Builder(command, cwd);
    }

    /** Fluent construction: {@code RunRequest.builder(argv, dir).name("x").tag("v1").store(loc).build()}. */
    public static final class Builder {
        private final List<String> command;
        private final Path cwd;
        private String name, suite, tag, description, language, task, hostId;
        private Map<String, Object> params = Map.of();
        private ObjectNode userData;
        private Map<String, CustomMetric> metrics = Map.of();
        private Repetition repetition;
        private Path repoDir;
        private List<LibrarySpec> libs = List.of();
        private List<String> envVars = List.of();
        private Duration timeout;
        private Duration killGrace = Duration.ofSeconds(5);
        private long sampleIntervalMillis = DEFAULT_SAMPLE_MILLIS;
        private int captureBytes;
        private List<Profiler> profilers = List.of();
        private StoreLocation store;
        private boolean push;
        private Map<String, String> env = Map.of();

        private Builder(List<String> command, Path cwd) {
            this.command = command;
            this.cwd = cwd;
            this.repoDir = cwd;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder suite(String v) { suite = v; return this; }
        public Builder tag(String v) { tag = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder task(String v) { task = v; return this; }
        public Builder params(Map<String, Object> v) { params = v; return this; }
        public Builder userData(ObjectNode v) { userData = v; return this; }
        public Builder metrics(Map<String, CustomMetric> v) { metrics = v; return this; }
        public Builder repetition(Repetition v) { repetition = v; return this; }
        public Builder repoDir(Path v) { repoDir = v; return this; }
        public Builder hostId(String v) { hostId = v; return this; }
        public Builder libs(List<LibrarySpec> v) { libs = v; return this; }
        public Builder envVars(List<String> v) { envVars = v; return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder killGrace(Duration v) { killGrace = v; return this; }
        public Builder sampleIntervalMillis(long v) { sampleIntervalMillis = v; return this; }
        public Builder captureBytes(int v) { captureBytes = v; return this; }
        public Builder profilers(List<Profiler> v) { profilers = v; return this; }
        public Builder store(StoreLocation v) { store = v; return this; }
        public Builder push(boolean v) { push = v; return this; }
        /** Variables added to the workload's environment (a suite's {@code env:}). */
        public Builder env(Map<String, String> v) { env = v; return this; }

        public RunRequest build() {
            return new RunRequest(command, cwd,
                    new Labels(name, suite, tag, description, language, task, params, userData, metrics, repetition),
                    new ContextCapture.Options(repoDir, hostId, libs, envVars),
                    new Watch(timeout, killGrace, sampleIntervalMillis, captureBytes), profilers, store, push, env);
        }
    }
}
