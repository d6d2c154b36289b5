package dev.strata.detect;

import dev.strata.check.GoldenFiles;
import dev.strata.record.Better;
import dev.strata.series.MetricClass;
import dev.strata.series.MetricDef;
import dev.strata.series.Point;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DetectOutputTest {

    /** ingest wall time 25% up at commit 20; its cells per second 20% down at the same commit. */
    private static List<ChangePoint> fixture() {
        List<Series> series = new ArrayList<>();
        MetricDef wall = new MetricDef("wallSeconds", "s", Better.LOWER, MetricClass.TIME);
        MetricDef cells = new MetricDef("cells_per_second", "1/s", Better.HIGHER, MetricClass.OTHER);
        for (MetricDef m : List.of(wall, cells)) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                double base = m == wall ? 8.0 : 5e5;
                double v = base * (i < 20 ? 1 : m == wall ? 1.25 : 0.8) * (1 + 0.01 * ((i * 7) % 5 - 2));
                points.add(new Point(String.format("%02x", i).repeat(20),
                        Instant.parse("2026-04-01T12:00:00Z").plusSeconds(86_400L * i), v, v * 0.99, v * 1.01, 3,
                        null, List.of("ingest/2026-05-01T00-00-00.000Z-a" + i, "ingest/2026-05-01T00-10-00.000Z-b" + i)));
            }
            series.add(new Series(new SeriesKey("ingest", m.name(), "ci-linux"), m, points));
        }
        return Detector.standard().detect(series);
    }

    @Test
    void table() throws Exception {
        GoldenFiles.check("detect/changepoints.txt", () -> DetectOutput.table(fixture()));
    }

    @Test
    void csv() throws Exception {
        GoldenFiles.check("detect/changepoints.csv", () -> DetectOutput.csv(fixture()));
    }

    @Test
    void json() throws Exception {
        GoldenFiles.check("detect/changepoints.json", () -> DetectOutput.json(fixture()));
        assertThat(fixture()).extracting(ChangePoint::direction).containsExactly(Direction.REGRESSION, Direction.REGRESSION);
    }

    @Property(tries = 300)
    void anySeriesGivesWellFormedChangePoints(
            @ForAll @Size(max = 300) List<@DoubleRange(min = 0, max = 1e9) Double> values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(Point.of("c" + i, Instant.EPOCH.plusSeconds(i), values.get(i)));
        }
        MetricDef m = new MetricDef("minorPageFaults", "", Better.LOWER, MetricClass.COUNT);
        List<ChangePoint> cps = Detector.standard().detect(new Series(new SeriesKey("p", m.name(), "h"), m, points));
        for (ChangePoint cp : cps) {
            assertThat(cp.index()).isBetween(1, values.size() - 1);
            assertThat(cp.confidence()).isBetween(0.999, 1.0);
            assertThat(cp.noise()).isGreaterThanOrEqualTo(0);
        }
        DetectOutput.json(cps);
        DetectOutput.csv(cps);
    }
}
