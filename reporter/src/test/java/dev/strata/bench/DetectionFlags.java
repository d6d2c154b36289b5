package dev.strata.bench;

import dev.strata.detect.ChangePoint;
import dev.strata.detect.Detection;
import dev.strata.detect.Detector;
import dev.strata.detect.EnvironmentEvent;
import dev.strata.detect.Histories;
import dev.strata.detect.Robust;
import dev.strata.series.Quantiles;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every change point the default detector raises on the four histories, one line each: history,
 * series, commit, ratio, status, the series' noise, wander and sway, the points' own spread around the
 * step, the points after it, and the environment event it is one of. What a reader of
 * docs/detection.md needs to judge which flags are real.
 * Run: {@code bench/run DetectionFlags [HISTORIES_DIR]}.
 */
public final class DetectionFlags {

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("strata.shared", "../shared"), "data", "histories");
        Detector d = Detector.standard();
        for (String file : Histories.FILES) {
            List<Series> series = Histories.read(dir.resolve(file));
            Map<SeriesKey, Series> byKey = new HashMap<>();
            series.forEach(s -> byKey.put(s.key(), s));
            Detection found = d.detectAll(series);
            Map<ChangePoint, EnvironmentEvent> events = found.eventOf();
            int points = series.stream().mapToInt(Series::size).sum();
            System.out.printf(Locale.ROOT, "== %s: %d series, %d points, %d change points, %d events, %d alerts%n",
                    file, series.size(), points, found.changePoints().size(), found.events().size(), found.alerts());
            System.out.println("series | commit | index/size | ratio | status | confidence | noise | wander | sway | spread | event");
            for (ChangePoint cp : found.changePoints()) {
                Series s = byKey.get(cp.key());
                double[] x = Robust.logs(s.medians());
                double[] spread = s.points().stream().mapToDouble(p -> Double.isFinite(p.spread()) ? p.spread() : 0)
                        .toArray();
                int from = Math.max(0, cp.index() - 30);
                int to = Math.min(s.size(), cp.index() + 30);
                EnvironmentEvent e = events.get(cp);
                System.out.printf(Locale.ROOT, "%s | %s | %d/%d | %.3f | %s | %.6f | %.3f | %.3f | %.3f | %.3f | %s%n",
                        cp.key().process(), cp.firstBad().shortSha(), cp.index(), s.size(), cp.ratio(), cp.status(),
                        cp.confidence(), cp.noise(), Math.expm1(Robust.wander(x)), Math.expm1(Robust.sway(x)),
                        Quantiles.median(spread, from, to), e == null ? "-" : e.id() + " (" + e.members().size() + ")");
            }
        }
    }
}
