package dev.strata.detect;

import dev.strata.testing.Golden;
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

class DetectFormatsTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    /**
     * On ci-linux: ingest wall time 25% up at commit 20 and its cells per second 20% down, while the
     * wall times of export and query step at the same commit too (an environment event of 4 of 4
     * series); on lab-xeon: ingest 10% faster from commit 15 alone, and 30% slower over the newest 6
     * commits (too few to call it a level: possible).
     */
    private static Detection fixture() {
        List<Series> series = new ArrayList<>();
        MetricDef wall = new MetricDef("wallSeconds", "s", Better.LOWER, MetricClass.TIME);
        MetricDef cells = new MetricDef("cells_per_second", "1/s", Better.HIGHER, MetricClass.OTHER);
        series.add(series("ingest", wall, "ci-linux", 8.0, i -> i < 20 ? 1 : 1.25));
        series.add(series("ingest", cells, "ci-linux", 5e5, i -> i < 20 ? 1 : 0.8));
        series.add(series("export", wall, "ci-linux", 2.0, i -> i < 20 ? 1 : 1.3));
        series.add(series("query", wall, "ci-linux", 0.5, i -> i < 20 ? 1 : 0.85));
        series.add(series("ingest", wall, "lab-xeon", 6.0, i -> i < 15 ? 1 : i < 44 ? 0.9 : 1.3));
        return Detector.standard().detectAll(series);
    }

    private static Series series(String process, MetricDef m, String host, double base,
                                 java.util.function.IntToDoubleFunction level) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            double v = base * level.applyAsDouble(i) * (1 + 0.01 * ((i * 7) % 5 - 2));
            points.add(new Point(String.format("%02x", i).repeat(20),
                    Instant.parse("2026-04-01T12:00:00Z").plusSeconds(86_400L * i), v, v * 0.99, v * 1.01, 3,
                    null, List.of(process + "/2026-05-01T00-00-00.000Z-a" + i, process + "/2026-05-01T00-10-00.000Z-b" + i)));
        }
        return new Series(new SeriesKey(process, m.name(), host), m, points);
    }

    @Test
    void table() throws Exception {
        GOLDEN.check("detect/changepoints.txt", () -> DetectFormats.TABLE.render(fixture()));
    }

    @Test
    void csv() throws Exception {
        GOLDEN.check("detect/changepoints.csv", () -> DetectFormats.CSV.render(fixture()));
    }

    @Test
    void everyFormatOfDetectMatchesItsGoldenThroughTheOneInterface() {
        java.util.Map<String, String> files = java.util.Map.of("table", "changepoints.txt", "csv", "changepoints.csv",
                "json", "changepoints.json");
        assertThat(DetectFormats.ALL.names()).containsExactlyInAnyOrderElementsOf(files.keySet());
        for (String name : DetectFormats.ALL.names()) {
            GOLDEN.check("detect/" + files.get(name), () -> DetectFormats.ALL.get(name).render(fixture()));
        }
    }

    @Test
    void csvAndJsonReadBackToTheChangePoints() throws Exception {
        Detection d = fixture();
        var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(DetectFormats.CSV.render(d))).getRecords();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(DetectFormats.JSON.render(d)).get("changePoints");
        assertThat(records).hasSize(d.changePoints().size());
        assertThat(json.size()).isEqualTo(d.changePoints().size());
        for (int i = 0; i < records.size(); i++) {
            ChangePoint cp = d.changePoints().get(i);
            assertThat(records.get(i).get("process")).isEqualTo(cp.key().process());
            assertThat(records.get(i).get("metric")).isEqualTo(cp.key().metric());
            assertThat(Double.parseDouble(records.get(i).get("ratio"))).isCloseTo(cp.ratio(),
                    org.assertj.core.data.Offset.offset(1e-5 * cp.ratio()));
            assertThat(records.get(i).get("first_bad_sha")).isEqualTo(cp.firstBad().sha());
            assertThat(json.get(i).get("ratio").asDouble()).isEqualTo(Double.parseDouble(records.get(i).get("ratio")));
            assertThat(json.get(i).get("direction").asText()).isEqualTo(records.get(i).get("direction"));
        }
    }

    @Test
    void json() throws Exception {
        GOLDEN.check("detect/changepoints.json", () -> DetectFormats.JSON.render(fixture()));
        Detection d = fixture();
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.hostId()).isEqualTo("ci-linux");
            assertThat(e.members()).extracting(c -> c.key().process() + "/" + c.key().metric()).containsExactly(
                    "ingest/wallSeconds", "ingest/cells_per_second", "export/wallSeconds", "query/wallSeconds");
            assertThat(e.regressions()).isEqualTo(3);
        });
        assertThat(d.alone()).extracting(ChangePoint::status, ChangePoint::direction).containsExactly(
                org.assertj.core.groups.Tuple.tuple("flagged", Direction.IMPROVEMENT),
                org.assertj.core.groups.Tuple.tuple("possible", Direction.REGRESSION));
        assertThat(d.alerts()).as("one event and one flagged step alone; the possible one is no alert").isEqualTo(2);
    }

    @Property(tries = 300)
    void anySeriesGivesWellFormedChangePoints(
            @ForAll @Size(max = 300) List<@DoubleRange(min = 0, max = 1e9) Double> values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(Point.of("c" + i, Instant.EPOCH.plusSeconds(i), values.get(i)));
        }
        MetricDef m = new MetricDef("minorPageFaults", "", Better.LOWER, MetricClass.COUNT);
        Detection d = Detector.standard().detectAll(List.of(new Series(new SeriesKey("p", m.name(), "h"), m, points)));
        var events = d.eventOf();
        for (ChangePoint cp : d.changePoints()) {
            assertThat(cp.index()).isBetween(1, values.size() - 1);
            // a step alone and flagged passed the full confidence; a possible one (the newest points) and a
            // member of an environment event passed the lower confidence their evidence can give
            double least = cp.flagged() && !events.containsKey(cp) ? Methods.standardFilter().minConfidence()
                    : Math.min(Detector.POSSIBLE_CONFIDENCE, Methods.standardTogether().minConfidence());
            assertThat(cp.confidence()).isBetween(least, 1.0);
            assertThat(cp.noise()).isGreaterThanOrEqualTo(0);
        }
        DetectFormats.JSON.render(d);
        DetectFormats.CSV.render(d);
        DetectFormats.TABLE.render(d);
    }
}
