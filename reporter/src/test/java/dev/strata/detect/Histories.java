package dev.strata.detect;

import dev.strata.record.Better;
import dev.strata.series.MetricDef;
import dev.strata.series.Point;
import dev.strata.series.Quantiles;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the published benchmark histories of {@code ../shared/data/histories/} (gzipped CSV:
 * series, commit, timestamp_iso, value, unit, range) into series. Rows of one commit in a row
 * (repeated runs) become one point, as repetitions do in a store.
 */
public final class Histories {

    public static final List<String> FILES = List.of("hyper.csv.gz", "safetensors.csv.gz",
            "bsl-language-server.csv.gz", "django-asv.csv.gz");

    private Histories() {
    }

    public static Path dir() {
        String shared = System.getProperty("strata.shared");
        if (shared == null) {
            throw new IllegalStateException("system property strata.shared is not set (it points at ../shared)");
        }
        Path d = Path.of(shared, "data", "histories");
        if (!Files.isDirectory(d)) {
            throw new IllegalStateException("the real histories are missing: expected " + d.toAbsolutePath()
                    + " (see ../shared/data/README.md)");
        }
        return d;
    }

    public static List<Series> read(Path gz) throws IOException {
        String file = gz.getFileName().toString();
        Map<String, List<CSVRecord>> bySeries = new LinkedHashMap<>();
        try (Reader r = new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                bySeries.computeIfAbsent(row.get("series"), k -> new ArrayList<>()).add(row);
            }
        }
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, List<CSVRecord>> e : bySeries.entrySet()) {
            List<CSVRecord> rows = e.getValue();
            String unit = rows.get(0).get("unit");
            Better better = unit.endsWith("/sec") || unit.endsWith("/s") ? Better.HIGHER : Better.LOWER;
            MetricDef metric = new MetricDef(e.getKey(), unit, better, MetricDef.classOfUnit(unit));
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < rows.size(); ) {
                int j = i;
                while (j + 1 < rows.size() && rows.get(j + 1).get("commit").equals(rows.get(i).get("commit"))) {
                    j++;
                }
                double[] v = new double[j - i + 1];
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int k = i; k <= j; k++) {
                    v[k - i] = Double.parseDouble(rows.get(k).get("value"));
                    min = Math.min(min, v[k - i]);
                    max = Math.max(max, v[k - i]);
                }
                points.add(new Point(rows.get(i).get("commit"), Instant.parse(rows.get(i).get("timestamp_iso")),
                        Quantiles.median(v), min, max, v.length, null, List.of()));
                i = j + 1;
            }
            out.add(new Series(new SeriesKey(file, e.getKey(), ""), metric, points));
        }
        return out;
    }

    /** A labelled change: the first commit at the new level. */
    public record Label(String file, String series, String commit, String kind) {
    }

    public static List<Label> labels() throws IOException {
        List<Label> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(dir().resolve("labels-dev.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(new Label(row.get("file"), row.get("series"), row.get("commit"), row.get("kind")));
            }
        }
        return out;
    }
}
