package dev.strata.profilers;

import java.time.Duration;
import java.util.List;

/** A profiler attached to a running workload, to be stopped once the workload has ended. */
public interface Attached {

    Attached NONE = new Attached() {
        @Override
        public List<Long> helperPids() {
            return List.of();
        }

        @Override
        public List<String> stop(Duration grace) {
            return List.of();
        }
    };

    /** True when the profiler never got going (it said why in {@link #stop}'s warnings): nothing to collect. */
    default boolean failed() {
        return false;
    }

    /** PIDs of the profiler's own processes, so they are not mistaken for noisy neighbours. */
    List<Long> helperPids();

    /**
     * Lets the profiler finish writing (most end on their own with their target), ending it after
     * {@code grace}; returns what went wrong, if anything.
     */
    List<String> stop(Duration grace);
}
