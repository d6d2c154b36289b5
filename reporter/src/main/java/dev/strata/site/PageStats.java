package dev.strata.site;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where one kind of page's time went, summed over the threads that made its pages: building views,
 * rendering templates, writing files, and the CPU all of that took. Printed with STRATA_TRACE=1.
 */
final class PageStats {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final String kind;
    final AtomicInteger pages = new AtomicInteger();
    final AtomicInteger viewsBuilt = new AtomicInteger();
    final AtomicInteger rendered = new AtomicInteger();
    private final AtomicLong viewNanos = new AtomicLong();
    private final AtomicLong renderNanos = new AtomicLong();
    private final AtomicLong writeNanos = new AtomicLong();
    private final AtomicLong cpuNanos = new AtomicLong();

    PageStats(String kind) {
        this.kind = kind;
    }

    /** The clock of one page, on the thread that makes it. */
    final class Clock {
        private final long cpu0 = cpu();
        private long last = System.nanoTime();

        void viewBuilt() {
            viewNanos.addAndGet(lap());
        }

        void rendered() {
            renderNanos.addAndGet(lap());
        }

        void written() {
            writeNanos.addAndGet(lap());
        }

        void done() {
            cpuNanos.addAndGet(cpu() - cpu0);
        }

        private long lap() {
            long now = System.nanoTime();
            long d = now - last;
            last = now;
            return d;
        }
    }

    Clock start() {
        pages.incrementAndGet();
        return new Clock();
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s pages: %d (%d views built, %d rendered); view %.2f s, render %.2f s, "
                        + "write %.2f s, cpu %.2f s", kind, pages.get(), viewsBuilt.get(), rendered.get(), viewNanos.get() / 1e9,
                renderNanos.get() / 1e9, writeNanos.get() / 1e9, cpuNanos.get() / 1e9);
    }
}
