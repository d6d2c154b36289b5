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
 * series in the same run. Aim: under 5 s. Run: {@code bench/run DetectBenchmark}.
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
        // warm up the JIT on a tenth of the work, as a long-running report would be
        standard.detectAll(series.subList(0, 100));
        reference.detect(series.subList(0, 100));

        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        int found = standard.detectAll(series).changePoints().size();
        double standardSeconds = (System.nanoTime() - t0) / 1e9;
        double standardCpu = (cpuNanos() - c0) / 1e9;
        t0 = System.nanoTime();
        int refFound = reference.detect(series).size();
        double referenceSeconds = (System.nanoTime() - t0) / 1e9;

        // e-divisive found as much on the real histories; its permutation tests are what it costs
        Detector eDivisive = new Detector(new EDivisive(199, 0.01, 2), Thresholds.defaults(), Methods.standardFilter());
        eDivisive.detect(series.subList(0, 10));
        t0 = System.nanoTime();
        int edFound = eDivisive.detect(series.subList(0, 100)).size();
        double edSeconds = (System.nanoTime() - t0) / 1e9;

        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "DetectBenchmark: %d series x %d points (%d cores, load average %.1f)%n",
                seriesCount, points, os.getAvailableProcessors(), os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "  %-32s %6.2f s  %6d change points (%d true steps); CPU time %.2f s%n",
                standard.methodName() + " + filter", standardSeconds, found, 2 * ((seriesCount + 2) / 3), standardCpu);
        System.out.printf(Locale.ROOT, "  %-32s %6.2f s  %6d flags%n", reference.methodName(), referenceSeconds, refFound);
        System.out.printf(Locale.ROOT, "  %-32s %6.2f s  %6d change points on the first 100 series (x10: %.0f s)%n",
                eDivisive.methodName() + " + filter", edSeconds, edFound, edSeconds * 10);
        System.out.printf(Locale.ROOT, "  ratio default / reference: %.1fx; aim < 5 s wall: %s%n",
                standardSeconds / referenceSeconds, standardSeconds < 5 ? "met"
                        : String.format(Locale.ROOT, "MISSED at load average %.1f (its CPU time, %.2f s, is what an"
                        + " idle machine would need at most)", os.getSystemLoadAverage(), standardCpu));
    }

    /** CPU time of the whole process (all threads, JIT and GC included): what a loaded machine cannot inflate. */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
