package dev.strata.series;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.CustomMetric;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.Profile;
import dev.strata.record.RecordFormatException;
import dev.strata.record.Repetition;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads only what a summary needs from a run.json by data binding: the timeline, process tree,
 * environment and user data are skipped without being built. {@link SummaryParser} streams the usual
 * shapes faster and hands every other record (and every broken one, for its error message) to this.
 * Same checks as {@link RunJson#read}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SummaryJson(String schema, String id, String process, String suite, String tag, String description,
                   String language, String task, Map<String, Object> params, Instant startedAt, Instant endedAt,
                   Integer exitCode, RunStatus status,
                   Repetition repetition, GitInfo git, HostInfo host, Metrics metrics,
                   Map<String, CustomMetric> customMetrics, List<Profile> profiles, List<String> warnings,
                   UserData userData) {

    /** Of the user data, only the spread an imported point was published with. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserData(Imported imported) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Imported(String range, String key) {
    }

    static RunRecord read(byte[] json, String where) {
        SummaryJson s;
        try {
            s = RunJson.mapper().readValue(json, SummaryJson.class);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new RecordFormatException(where + ": not a valid run record: " + msg, e);
        }
        if (s == null) {
            throw new RecordFormatException(where + ": empty run record");
        }
        if (s.schema() != null && !s.schema().startsWith("strata.run/")) {
            throw new RecordFormatException(where + ": not a strata run record (schema " + s.schema() + ")");
        }
        if (s.process() == null) {
            throw new RecordFormatException(where + ": run record has no 'process'");
        }
        RunRecord.Builder b = RunRecord.builder();
        b.id = s.id();
        b.process = s.process();
        b.suite = s.suite();
        b.tag = s.tag();
        b.description = s.description();
        b.language = s.language();
        b.task = s.task();
        b.params = s.params();
        b.startedAt = s.startedAt();
        b.endedAt = s.endedAt();
        b.exitCode = s.exitCode();
        b.status = s.status();
        b.repetition = s.repetition();
        b.git = s.git();
        b.host = s.host();
        b.metrics = s.metrics();
        b.customMetrics = s.customMetrics();
        b.profiles = s.profiles();
        b.warnings = s.warnings();
        Imported i = s.userData() == null ? null : s.userData().imported();
        if (i != null && (i.range() != null || i.key() != null)) {
            ObjectNode imported = JsonNodeFactory.instance.objectNode();
            if (i.range() != null) {
                imported.put("range", i.range());
            }
            if (i.key() != null) {
                imported.put("key", i.key());
            }
            b.userData = JsonNodeFactory.instance.objectNode();
            b.userData.set("imported", imported);
        }
        return b.build();
    }
}
