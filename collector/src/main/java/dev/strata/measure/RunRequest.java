package dev.strata.measure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.context.LibrarySpec;
import dev.strata.record.CustomMetric;
import dev.strata.store.StoreLocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Everything {@code strata run} was asked to do, already validated by the caller. */
public record RunRequest(
        String name,
        String tag,
        String description,
        String language,
        String task,
        Map<String, Object> params,
        ObjectNode userData,
        List<String> command,
        Path cwd,
        Path repoDir,
        StoreLocation store,
        boolean push,
        String hostId,
        Duration timeout,
        Duration killGrace,
        List<LibrarySpec> libs,
        List<String> envVars,
        Map<String, CustomMetric> metrics,
        long sampleIntervalMillis,
        int captureBytes) {

    public static final long DEFAULT_SAMPLE_MILLIS = 100;

    /** A plain run: defaults for everything beyond the command and where to store it. */
    public static RunRequest simple(String name, List<String> command, Path cwd, StoreLocation store) {
        return new RunRequest(name, null, null, null, null, Map.of(), null, command, cwd, cwd, store, false, null,
                null, Duration.ofSeconds(5), List.of(), List.of(), Map.of(), DEFAULT_SAMPLE_MILLIS, 0);
    }
}
