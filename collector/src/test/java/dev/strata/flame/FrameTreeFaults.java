package dev.strata.flame;

import java.time.Duration;

/**
 * Makes the frame tree thread fail or hang on one named input, for tests of what the reader and
 * the commands above it do then. Close it to put the engine back.
 */
public final class FrameTreeFaults implements AutoCloseable {

    private final long stallNanosBefore = TreeBuilder.stallNanos;

    private FrameTreeFaults(TreeBuilder.Fault fault, Duration stallLimit) {
        if (stallLimit != null) {
            TreeBuilder.stallNanos = stallLimit.toNanos();
        }
        TreeBuilder.fault = fault;
    }

    /** The tree thread throws {@code failure} at its first batch of {@code source}. */
    public static FrameTreeFaults failOn(String source, RuntimeException failure) {
        return new FrameTreeFaults((s, b) -> {
            if (s.equals(source)) {
                throw failure;
            }
        }, null);
    }

    /** The tree thread sleeps until interrupted at its first batch of {@code source}; a stall is declared after {@code limit}. */
    public static FrameTreeFaults stallOn(String source, Duration limit) {
        return new FrameTreeFaults((s, b) -> {
            if (s.equals(source)) {
                Thread.sleep(Long.MAX_VALUE);
            }
        }, limit);
    }

    @Override
    public void close() {
        TreeBuilder.fault = null;
        TreeBuilder.stallNanos = stallNanosBefore;
    }
}
