package dev.strata.bench;

import dev.strata.proc.ProcFs;
import dev.strata.measure.TreeSampler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * The sampler's own CPU cost while it watches a 50-process tree, at 100 ms and 10 ms, as a share
 * of one core. Run: {@code bench/run SamplerBenchmark [seconds per interval, default 5]}.
 */
public final class SamplerBenchmark {

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        // a parent shell with 49 children: 50 processes, like a worker pool
        Process tree = new ProcessBuilder("sh", "-c", "for i in $(seq 49); do sleep 600 & done; wait")
                .redirectErrorStream(true).start();
        try {
            Thread.sleep(1000);
            long count = 1 + tree.descendants().count();
            System.out.println("watching a tree of " + count + " processes for " + seconds + " s per interval");
            System.out.println(Stats.f("%-10s %8s %14s %16s %14s", "interval", "ticks", "CPU per tick", "share of a core",
                    "aim"));
            for (long interval : new long[]{100, 10}) {
                measure(tree.pid(), interval, seconds);
            }
        } finally {
            tree.descendants().forEach(ProcessHandle::destroy);
            tree.destroy();
        }
    }

    private static void measure(long root, long intervalMillis, double seconds) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        TreeSampler s = new TreeSampler(ProcFs.linux(), root, intervalMillis, 100, 4096, System::nanoTime, System.nanoTime());
        for (int i = 0; i < 20; i++) {
            s.tick(); // warm up the JIT, as a long run would
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        long next = t0;
        int ticks = 0;
        while (System.nanoTime() < end) {
            s.tick();
            ticks++;
            next += TimeUnit.MILLISECONDS.toNanos(intervalMillis);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        int seen = s.result().processes().size();
        System.out.println(Stats.f("%-10s %8d %12.2fms %15.2f%% %14s   (%d processes seen)", intervalMillis + " ms",
                ticks, cpu / ticks * 1000, cpu / wall * 100, intervalMillis == 100 ? "< 1%" : "-", seen));
    }
}
