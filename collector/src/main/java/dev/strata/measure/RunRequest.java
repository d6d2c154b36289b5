package dev.strata.measure;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
        Duration killGrace) {
}
