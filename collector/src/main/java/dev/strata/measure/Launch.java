package dev.strata.measure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One start of a workload: the command exactly as it will run (wrapping profilers may have put
 * themselves in front), where, with which extra variables, and how it is watched.
 *
 * @param timeout              null: no limit
 * @param sampleIntervalMillis 0: do not sample the process tree
 * @param captureBytes         0: do not capture output; else the cap per stream
 * @param captureDir           where captured output goes (needed only with capture)
 */
public record Launch(List<String> command, Path cwd, Map<String, String> extraEnv, Duration timeout,
                     Duration killGrace, long sampleIntervalMillis, int captureBytes, Path captureDir) {

    public Launch {
        command = List.copyOf(command);
        extraEnv = Map.copyOf(extraEnv);
        killGrace = killGrace == null ? Duration.ofSeconds(5) : killGrace;
    }

    public Launch withCommand(List<String> c) {
        return new Launch(c, cwd, extraEnv, timeout, killGrace, sampleIntervalMillis, captureBytes, captureDir);
    }

    /** The same launch with one more variable (a later value for the same name wins). */
    public Launch withEnv(String name, String value) {
        Map<String, String> env = new LinkedHashMap<>(extraEnv);
        env.put(name, value);
        return new Launch(command, cwd, env, timeout, killGrace, sampleIntervalMillis, captureBytes, captureDir);
    }
}
