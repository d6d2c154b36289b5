package dev.strata.measure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * How one launch went. {@code interruptedBy} is the signal strata itself received (the run is
 * then not recorded); {@code report} is null when no {@code time} report could be read;
 * {@code sampled} is null when the tree was not sampled; captures are null unless asked for.
 */
public record Execution(Instant startedAt, Instant endedAt, double wallSeconds, TimeReport report,
                        Long workloadPid, Integer interruptedBy, boolean timedOut, TreeSampler.Result sampled,
                        Path stdoutCapture, Path stderrCapture, List<String> warnings) {

    /** The exit code strata should end with, the shell's way: 128+signal when killed by one. */
    public int shellExitCode() {
        if (interruptedBy != null) {
            return 128 + interruptedBy;
        }
        if (report == null) {
            return 1;
        }
        if (report.signal() != null) {
            return 128 + report.signal();
        }
        return report.exitCode() == null ? 1 : report.exitCode();
    }
}
