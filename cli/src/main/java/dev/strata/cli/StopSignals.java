package dev.strata.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * Ctrl-C or SIGTERM between two runs of a suite: finish cleanly (commit nothing half-done, report
 * what did not run) instead of dying. During a run the launcher forwards the signal to the workload.
 */
final class StopSignals implements AutoCloseable {

    private static final String[] NAMES = {"INT", "TERM"};
    private volatile boolean requested;
    private final Map<String, SignalHandler> previous = new HashMap<>();

    static StopSignals install() {
        StopSignals s = new StopSignals();
        for (String name : NAMES) {
            try {
                s.previous.put(name, Signal.handle(new Signal(name), sig -> s.requested = true));
            } catch (IllegalArgumentException e) {
                // this platform does not have the signal
            }
        }
        return s;
    }

    boolean requested() {
        return requested;
    }

    @Override
    public void close() {
        previous.forEach((name, h) -> Signal.handle(new Signal(name), h));
    }
}
