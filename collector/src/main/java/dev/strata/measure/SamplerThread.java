package dev.strata.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private static volatile long[] clockAndPage;

    private final TreeSampler sampler;
    private final long intervalMillis;
    private final Thread thread;
    private volatile boolean stop;

    SamplerThread(long rootPid, long intervalMillis, long t0Nanos) {
        long[] cp = clockTicksAndPageBytes();
        this.sampler = new TreeSampler(ProcFs.linux(), rootPid, intervalMillis, cp[0], cp[1], System::nanoTime, t0Nanos);
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

    /** CLK_TCK and the page size, asked of getconf once per process (100 and 4096 almost everywhere). */
    static long[] clockTicksAndPageBytes() {
        long[] cp = clockAndPage;
        if (cp == null) {
            cp = new long[]{100, 4096};
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK", "PAGESIZE").redirectErrorStream(true).start();
                String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
                if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.length == 2) {
                    cp = new long[]{Long.parseLong(out[0]), Long.parseLong(out[1])};
                }
            } catch (IOException | NumberFormatException e) {
                // keep the defaults
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            clockAndPage = cp;
        }
        return cp;
    }
}
