package dev.strata.measure;

import dev.strata.proc.KernelUnits;
import dev.strata.proc.ProcFs;

import java.util.concurrent.TimeUnit;

/** Runs a {@link TreeSampler} on its own daemon thread at a fixed rate until stopped. */
final class SamplerThread implements AutoCloseable {

    private final TreeSampler sampler;
    private final Thread thread;
    private volatile boolean stop;

    SamplerThread(long rootPid, long intervalMillis, long t0Nanos) {
        this.sampler = new TreeSampler(ProcFs.linux(), rootPid, intervalMillis, KernelUnits.clockTicksPerSecond(),
                KernelUnits.pageBytes(), System::nanoTime, t0Nanos);
        this.thread = new Thread(() -> loop(intervalMillis), "strata-sampler");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    private void loop(long intervalMillis) {
        long next = System.nanoTime();
        while (!stop) {
            sampler.tick();
            next += TimeUnit.MILLISECONDS.toNanos(intervalMillis);
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
