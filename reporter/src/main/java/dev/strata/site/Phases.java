package dev.strata.site;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times the phases of a build, wall and CPU of the whole process side by side (on a shared machine the
 * wall clock tells more about the neighbours): each phase named ends the one before and prints its line.
 */
public final class Phases implements Consumer<String> {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Consumer<String> out;
    private final long wall0 = System.nanoTime();
    private final long cpu0 = OS.getProcessCpuTime();
    private String current;
    private long wall = wall0;
    private long cpu = cpu0;

    public Phases(Consumer<String> out) {
        this.out = out;
    }

    /** Ends the current phase and starts {@code phase}. */
    @Override
    public synchronized void accept(String phase) {
        long w = System.nanoTime();
        long c = OS.getProcessCpuTime();
        if (current != null) {
            out.accept(String.format(Locale.ROOT, "%6.2f s wall, %6.2f s cpu: %s", (w - wall) / 1e9, (c - cpu) / 1e9,
                    current));
        }
        current = phase;
        wall = w;
        cpu = c;
    }

    /** Ends the last phase and prints the whole. */
    public synchronized void end() {
        accept(null);
        out.accept(String.format(Locale.ROOT, "%6.2f s wall, %6.2f s cpu: all", (wall - wall0) / 1e9, (cpu - cpu0) / 1e9));
    }
}
