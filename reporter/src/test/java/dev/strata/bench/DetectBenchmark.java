package dev.strata.bench;

import dev.strata.detect.Detector;
import dev.strata.detect.EDivisive;
import dev.strata.detect.Filter;
import dev.strata.detect.Methods;
import dev.strata.detect.RatioToPrevious;
import dev.strata.detect.Synthetic;
import dev.strata.detect.Thresholds;
import dev.strata.series.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detection over 1,000 series of 1,000 points (5% noise, two steps in every third series): the
 * default detector's time (every change point and the environment events), against the simplest rule (ratio to previous, no filter) over the same
 * series in the same run. Aim: under 5 s (the median of three runs; wall and CPU seconds printed). Run: {@code bench/run DetectBenchmark}.
 */
public final class DetectBenchmark {

    public static void main(String[] args) {
        int seriesCount = 1000;
        int points = 1000;
        List<Series> series = new ArrayList<>(seriesCount);
        for (int s = 0; s < seriesCount; s++) {
            int kind = s % 3;
            series.add(Synthetic.series(s, points, 0.05, i -> kind == 0 && i >= 300 ? (i >= 700 ? 90 : 125) : 100));
        }
        Detector standard = Detector.standard();
        Detector reference = new Detector(new RatioToPrevious(1.5), Thresholds.defaults(), Filter.NONE);
        // warm up the JIT on a tenth of the work, as a long-running report would be, and settle the heap:
        // the million points built above would otherwise be copied by the collections the timed runs cause
        standard.detectAll(series.subList(0, 100));
        reference.detect(series.subList(0, 100));
        System.gc();

        // three timed runs: the median is the figure (a shared machine's load comes and goes)
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        int found = 0;
        for (int r = 0; r < RUNS; r++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            found = standard.detectAll(series).changePoints().size();
            wall[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (cpuNanos() - c0) / 1e9;
        }
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        int refFound = reference.detect(series).size();
        double referenceSeconds = (System.nanoTime() - t0) / 1e9;
        double referenceCpu = (cpuNanos() - c0) / 1e9;
        double standardSeconds = median(wall);
        double standardCpu = median(cpu);

        // e-divisive found as much on the real histories; its permutation tests are what it costs
        Detector eDivisive = new Detector(new EDivisive(199, 0.01, 2), Thresholds.defaults(), Methods.standardFilter());
        eDivisive.detect(series.subList(0, 10));
        t0 = System.nanoTime();
        int edFound = eDivisive.detect(series.subList(0, 100)).size();
        double edSeconds = (System.nanoTime() - t0) / 1e9;

        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "DetectBenchmark: %d series x %d points (%d cores, load average %.1f)%n",
                seriesCount, points, os.getAvailableProcessors(), os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "  %-32s %6.2f s wall, %5.2f s CPU  %6d change points (%d true steps)%n",
                standard.methodName() + " + filter", standardSeconds, standardCpu, found, 2 * ((seriesCount + 2) / 3));
        for (int r = 0; r < RUNS; r++) {
            System.out.printf(Locale.ROOT, "    run %d: %.2f s wall, %.2f s CPU%n", r + 1, wall[r], cpu[r]);
        }
        System.out.printf(Locale.ROOT, "  %-32s %6.2f s wall, %5.2f s CPU  %6d flags%n", reference.methodName(),
                referenceSeconds, referenceCpu, refFound);
        System.out.printf(Locale.ROOT, "  %-32s %6.2f s  %6d change points on the first 100 series (x10: %.0f s)%n",
                eDivisive.methodName() + " + filter", edSeconds, edFound, edSeconds * 10);
        System.out.printf(Locale.ROOT, "  ratio default / reference: %.1fx wall, %.1fx CPU; aim < 5 s wall (median of %d): %s%n",
                standardSeconds / referenceSeconds, standardCpu / referenceCpu, RUNS, standardSeconds < 5 ? "met"
                        : String.format(Locale.ROOT, "MISSED at load average %.1f (its CPU time, %.2f s, is what an"
                        + " idle machine would need at most)", os.getSystemLoadAverage(), standardCpu));
    }

    private static final int RUNS = 3;

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /** CPU time of the whole process (all threads, JIT and GC included): what a loaded machine cannot inflate. */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
