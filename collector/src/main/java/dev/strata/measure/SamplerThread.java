package dev.strata.measure;

import dev.strata.proc.ProcSource;

import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link TreeSampler} on its own daemon thread until stopped: every interval, and every
 * {@link #FAST_MILLIS} ms for a second after each tick that saw the tree change (a process
 * came or went, its memory moved), so workers that live shorter than the interval are still
 * seen side by side. A quiet tree costs one tick per interval.
 */
final class SamplerThread implements AutoCloseable {

    static final long FAST_MILLIS = 10;
    private static final long FAST_SPELL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final TreeSampler sampler;
    private final long intervalMillis;
    private final Thread thread;
    private volatile boolean stop;

    SamplerThread(long rootPid, long intervalMillis, long t0Nanos) {
        ProcSource source = ProcSource.open();
        this.sampler = new TreeSampler(source.fs(), rootPid, intervalMillis, source.clockTicksPerSecond(),
                source.pageBytes(), System::nanoTime, t0Nanos);
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(() -> loop(intervalMillis), "strata-sampler");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** The shorter interval used while the tree changes (never longer than the interval itself). */
    static long fastIntervalMillis(long intervalMillis) {
        return Math.min(intervalMillis, FAST_MILLIS);
    }

    long fastIntervalMillis() {
        return fastIntervalMillis(intervalMillis);
    }

    private void loop(long intervalMillis) {
        long next = System.nanoTime();
        long fastUntil = next;
        long slow = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        long fast = TimeUnit.MILLISECONDS.toNanos(fastIntervalMillis(intervalMillis));
        while (!stop) {
            sampler.tick();
            if (sampler.changing()) {
                fastUntil = System.nanoTime() + FAST_SPELL_NANOS;
            }
            next += next - fastUntil < 0 ? fast : slow;
            long wait = next - System.nanoTime();
            if (wait < 0) {
                next = System.nanoTime(); // fell behind: don't burst to catch up
                continue;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    TreeSampler.Result stopAndCollect() {
        stop = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sampler.result();
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
    }
}
