package dev.strata.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One execution of one process: the {@code run.json} of the store, schema {@value #SCHEMA}.
 * Fields a collector did not measure stay null and are left out of the JSON, never faked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schema", "id", "process", "suite", "tag", "description", "language", "task", "params",
        "command", "cwd", "startedAt", "endedAt", "exitCode", "signal", "status", "repetition", "git", "host",
        "metrics", "customMetrics", "processTree", "timeline", "sampling", "environment", "userData", "profiles", "warnings"})
public record RunRecord(
        String schema,
        String id,
        String process,
        String suite,
        String tag,
        String description,
        String language,
        String task,
        Map<String, Object> params,
        List<String> command,
        String cwd,
        Instant startedAt,
        Instant endedAt,
        Integer exitCode,
        Integer signal,
        RunStatus status,
        Repetition repetition,
        GitInfo git,
        HostInfo host,
        Metrics metrics,
        Map<String, CustomMetric> customMetrics,
        List<ProcessNode> processTree,
        Timeline timeline,
        Sampling sampling,
        Environment environment,
        ObjectNode userData,
        List<Profile> profiles,
        List<String> warnings) {

    public static final String SCHEMA = "strata.run/1";

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable companion so collectors can fill a record step by step. */
    public static final class Builder {
        public String id, process, suite, tag, description, language, task, cwd;
        public Map<String, Object> params;
        public List<String> command;
        public Instant startedAt, endedAt;
        public Integer exitCode, signal;
        public RunStatus status;
        public Repetition repetition;
        public GitInfo git;
        public HostInfo host;
        public Metrics metrics;
        public Map<String, CustomMetric> customMetrics;
        public List<ProcessNode> processTree;
        public Timeline timeline;
        public Sampling sampling;
        public Environment environment;
        public ObjectNode userData;
        public List<Profile> profiles;
        public List<String> warnings;

        Builder() {
        }

        Builder(RunRecord r) {
            id = r.id; process = r.process; suite = r.suite; tag = r.tag; description = r.description;
            language = r.language; task = r.task; params = r.params; command = r.command; cwd = r.cwd;
            startedAt = r.startedAt; endedAt = r.endedAt; exitCode = r.exitCode; signal = r.signal;
            status = r.status; repetition = r.repetition; git = r.git; host = r.host; metrics = r.metrics;
            customMetrics = r.customMetrics; processTree = r.processTree; timeline = r.timeline;
            sampling = r.sampling; environment = r.environment; userData = r.userData; profiles = r.profiles; warnings = r.warnings;
        }

        public RunRecord build() {
            return new RunRecord(SCHEMA, id, process, suite, tag, description, language, task, params, command,
                    cwd, startedAt, endedAt, exitCode, signal, status, repetition, git, host, metrics,
                    customMetrics, processTree, timeline, sampling, environment, userData, profiles, warnings);
        }
    }
}
