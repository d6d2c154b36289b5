package dev.strata.run;

import java.io.PrintStream;
import java.time.Instant;

/**
 * With {@code STRATA_TRACE=1}, where a command's own time goes: one line per phase on stderr,
 * milliseconds since the JVM started and CPU milliseconds of this process so far. Reads the start
 * time from the process handle rather than the management beans, which would load a few hundred
 * classes and so distort what it measures.
 */
public final class Trace {

    private static final boolean ON = "1".equals(System.getenv("STRATA_TRACE"));
    private static final PrintStream OUT = System.err;

    private Trace() {
    }

    public static boolean on() {
        return ON;
    }

    public static void mark(String phase) {
        if (!ON) {
            return;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        long wall = info.startInstant().map(s -> Instant.now().toEpochMilli() - s.toEpochMilli()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        OUT.println("strata: trace: " + wall + " ms since start, " + cpu + " ms CPU: " + phase);
    }
}
