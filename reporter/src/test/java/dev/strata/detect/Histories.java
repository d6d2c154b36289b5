package dev.strata.detect;

import dev.strata.record.Better;
import dev.strata.series.MetricDef;
import dev.strata.series.Point;
import dev.strata.series.Quantiles;
import dev.strata.series.Series;
import dev.strata.series.SeriesKey;
import dev.strata.series.Spread;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
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
 * Reads published benchmark histories (CSV, gzipped or not: series, commit, timestamp_iso, value,
 * unit, range) into series. Rows of one commit in a row (repeated runs) become one point, as
 * repetitions do in a store. As {@code strata import} lays them out, each series is a process of
 * its own with one metric ({@value #METRIC}) on one host (the file), and its points carry the
 * spread each value was published with. Tests read the excerpts in the test resources ({@code histories/});
 * the full files are read by the benchmarks, from a directory they are given.
 */
public final class Histories {

    public static final List<String> FILES = List.of("hyper.csv.gz", "safetensors.csv.gz",
            "bsl-language-server.csv.gz", "django-asv.csv.gz");

    /** The metric of every series, as imported. */
    public static final String METRIC = "value";

    private Histories() {
    }

    /** One of the excerpts in the test resources, by its file name ({@code hyper.csv}). */
    public static List<Series> excerpt(String name) throws IOException {
        try (InputStream in = Histories.class.getResourceAsStream("/histories/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no excerpt histories/" + name + " in the test resources");
            }
            return read(in, name);
        }
    }

    public static List<Series> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString();
            return read(name.endsWith(".gz") ? new GZIPInputStream(in) : in, name);
        }
    }

    private static List<Series> read(InputStream in, String file) throws IOException {
        Map<String, List<CSVRecord>> bySeries = new LinkedHashMap<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                bySeries.computeIfAbsent(row.get("series"), k -> new ArrayList<>()).add(row);
            }
        }
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, List<CSVRecord>> e : bySeries.entrySet()) {
            List<CSVRecord> rows = e.getValue();
            String unit = rows.get(0).get("unit");
            Better better = unit.endsWith("/sec") || unit.endsWith("/s") ? Better.HIGHER : Better.LOWER;
            MetricDef metric = new MetricDef(METRIC, unit, better, MetricDef.classOfUnit(unit));
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < rows.size(); ) {
                int j = i;
                while (j + 1 < rows.size() && rows.get(j + 1).get("commit").equals(rows.get(i).get("commit"))) {
                    j++;
                }
                double[] v = new double[j - i + 1];
                double[] published = new double[j - i + 1];
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int k = i; k <= j; k++) {
                    v[k - i] = Double.parseDouble(rows.get(k).get("value"));
                    published[k - i] = Spread.ofRange(rows.get(k).get("range"), v[k - i], unit);
                    min = Math.min(min, v[k - i]);
                    max = Math.max(max, v[k - i]);
                }
                points.add(new Point(rows.get(i).get("commit"), Instant.parse(rows.get(i).get("timestamp_iso")),
                        Quantiles.median(v), min, max, v.length, null, List.of(),
                        Spread.larger(Spread.ofRepetitions(v), medianOfKnown(published))));
                i = j + 1;
            }
            out.add(new Series(new SeriesKey(e.getKey(), METRIC, host(file)), metric, points));
        }
        return out;
    }

    /** The host of a history's series: its file's name without extensions, as an import would name it. */
    public static String host(String file) {
        return file.replaceAll("\\.csv(\\.gz)?$", "");
    }

    private static double medianOfKnown(double[] v) {
        double[] known = java.util.Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray();
        return known.length == 0 ? Double.NaN : Quantiles.median(known);
    }

    /** A labelled change: the first commit at the new level. */
    public record Label(String file, String series, String commit, String kind) {
    }

    public static List<Label> labels(Path csv) throws IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            return labels(in);
        }
    }

    /** The labels of the excerpts in the test resources. */
    public static List<Label> excerptLabels() throws IOException {
        try (InputStream in = Histories.class.getResourceAsStream("/histories/labels-dev.csv")) {
            return labels(in);
        }
    }

    private static List<Label> labels(InputStream in) throws IOException {
        List<Label> out = new ArrayList<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(new Label(row.get("file"), row.get("series"), row.get("commit"), row.get("kind")));
            }
        }
        return out;
    }
}
