package dev.strata.suite;

import dev.strata.context.LibrarySpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One process at one point of its sweep, with everything resolved (defaults merged, parameters
 * substituted, paths made absolute): its warm-ups and repetitions share the batch id and go to
 * the store in one commit.
 */
public record Batch(
        String id,
        String process,
        Map<String, Object> params,
        String suite,
        String tag,
        String description,
        String language,
        String task,
        List<String> command,
        Path cwd,
        Map<String, String> env,
        Duration timeout,
        List<String> setup,
        List<String> teardown,
        List<String> profilers,
        List<LibrarySpec> libs,
        Path metaFile,
        List<PlannedRun> runs) {

    /** "ingest-py size=1000" */
    public String label() {
        StringBuilder sb = new StringBuilder(process);
        params.forEach((k, v) -> sb.append(' ').append(k).append('=').append(Placeholders.text(v)));
        return sb.toString();
    }

    public int timedRuns() {
        return (int) runs.stream().filter(r -> !r.warmup()).count();
    }
}
