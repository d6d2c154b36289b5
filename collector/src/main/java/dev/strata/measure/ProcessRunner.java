package dev.strata.measure;

import java.io.IOException;

/**
 * Starts a workload and waits for it to end: the seam between the run path and real processes,
 * so the rest of the run path can be exercised with a fake.
 */
public interface ProcessRunner {

    /** Told the workload's PID (never that of {@code time}) as soon as it is known, on the launching thread. */
    @FunctionalInterface
    interface StartListener {
        StartListener NONE = pid -> { };

        void started(long workloadPid);
    }

    Execution run(Launch launch, StartListener onStart) throws IOException;
}
