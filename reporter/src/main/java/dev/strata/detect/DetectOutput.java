package dev.strata.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.series.Point;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code strata detect}'s outputs: an aligned table, CSV (RFC 4180) and JSON; numbers in Locale.ROOT. */
public final class DetectOutput {

    public static final List<String> CSV_HEADER = List.of("process", "metric", "host", "unit", "better",
            "last_good_sha", "last_good_commit_time", "first_bad_sha", "first_bad_commit_time", "direction",
            "ratio", "confidence", "noise", "method", "status", "event", "last_good_runs", "first_bad_runs");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DetectOutput() {
    }

    /** Change points alone, then each environment event with the series that stepped in it. */
    public static String table(Detection d) {
        List<ChangePoint> alone = d.alone();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"process", "metric", "host", "last good", "first bad", "direction", "change",
                "confidence", "noise", "status"});
        for (ChangePoint cp : alone) {
            rows.add(new String[]{cp.key().process(), cp.key().metric(), cp.key().hostId(),
                    cp.lastGood().shortSha() + " " + day(cp.lastGood()), cp.firstBad().shortSha() + " " + day(cp.firstBad()),
                    cp.direction().label(), change(cp.ratio()), String.format(Locale.ROOT, "%.4f", cp.confidence()),
                    String.format(Locale.ROOT, "%.1f%%", cp.noise() * 100), cp.status()});
        }
        StringBuilder b = new StringBuilder(aligned(rows, 6, 9));
        long possible = alone.stream().filter(ChangePoint::possible).count();
        b.append(alone.size()).append(alone.size() == 1 ? " change point" : " change points");
        b.append(possible > 0 ? " (" + possible + " possible: too few points after the step yet)" : "").append('\n');
        for (EnvironmentEvent e : d.events()) {
            b.append('\n').append(String.format(Locale.ROOT,
                    "environment event: %d of %d series of host %s stepped at %s %s (%d worse, %d better)%n",
                    e.members().size(), e.ofSeries(), e.hostId(), e.shortSha(), e.commitTime().toString().substring(0, 10),
                    e.regressions(), e.improvements()));
            List<String[]> members = new ArrayList<>();
            members.add(new String[]{"  process", "metric", "last good", "direction", "change", "confidence"});
            for (ChangePoint cp : e.members()) {
                members.add(new String[]{"  " + cp.key().process(), cp.key().metric(), cp.lastGood().shortSha(),
                        cp.direction().label(), change(cp.ratio()), String.format(Locale.ROOT, "%.4f", cp.confidence())});
            }
            b.append(aligned(members, 4, 6));
        }
        if (!d.events().isEmpty()) {
            b.append(d.events().size()).append(d.events().size() == 1 ? " environment event" : " environment events")
                    .append('\n');
        }
        return b.toString();
    }

    /** Rows as aligned columns; the numbers, columns {@code [rightFrom, rightTo)}, right-aligned. */
    private static String aligned(List<String[]> rows, int rightFrom, int rightTo) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(w[i] - r[i].length());
                line.append(i >= rightFrom && i < rightTo ? pad + r[i] : r[i] + pad).append("  ");
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** One row per change point, members of events included (the {@code event} column names theirs). */
    public static String csv(Detection d) {
        StringWriter out = new StringWriter();
        Map<ChangePoint, EnvironmentEvent> events = d.eventOf();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (ChangePoint cp : d.changePoints()) {
                EnvironmentEvent e = events.get(cp);
                p.printRecord(cp.key().process(), cp.key().metric(), cp.key().hostId(), cp.metric().unit(),
                        cp.metric().better().json(), cp.lastGood().sha(), cp.lastGood().commitTime(),
                        cp.firstBad().sha(), cp.firstBad().commitTime(), cp.direction().label(),
                        num(cp.ratio()), num(cp.confidence()), num(cp.noise()), cp.method(), cp.status(),
                        e == null ? "" : e.id(),
                        String.join(" ", cp.lastGood().runPaths()), String.join(" ", cp.firstBad().runPaths()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(Detection d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "strata.changepoints/1");
        Map<ChangePoint, EnvironmentEvent> events = d.eventOf();
        ArrayNode list = root.putArray("changePoints");
        for (ChangePoint cp : d.changePoints()) {
            ObjectNode o = list.addObject();
            o.put("process", cp.key().process());
            o.put("metric", cp.key().metric());
            o.put("host", cp.key().hostId());
            o.put("unit", cp.metric().unit());
            o.put("better", cp.metric().better().json());
            o.put("direction", cp.direction().label());
            put(o, "ratio", cp.ratio());
            put(o, "confidence", cp.confidence());
            put(o, "noise", cp.noise());
            o.put("method", cp.method());
            o.put("status", cp.status());
            EnvironmentEvent e = events.get(cp);
            if (e == null) {
                o.putNull("event");
            } else {
                o.put("event", e.id());
            }
            point(o.putObject("lastGood"), cp.lastGood());
            point(o.putObject("firstBad"), cp.firstBad());
        }
        ArrayNode evs = root.putArray("environmentEvents");
        for (EnvironmentEvent e : d.events()) {
            ObjectNode o = evs.addObject();
            o.put("id", e.id());
            o.put("host", e.hostId());
            o.put("sha", e.sha());
            o.put("commitTime", e.commitTime().toString());
            o.put("seriesStepped", e.members().size());
            o.put("seriesAtCommit", e.ofSeries());
            o.put("regressions", e.regressions());
            o.put("improvements", e.improvements());
            ArrayNode members = o.putArray("series");
            for (ChangePoint cp : e.members()) {
                ObjectNode m = members.addObject();
                m.put("process", cp.key().process());
                m.put("metric", cp.key().metric());
                m.put("direction", cp.direction().label());
                put(m, "ratio", cp.ratio());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void point(ObjectNode o, Point p) {
        o.put("sha", p.sha());
        o.put("commitTime", p.commitTime().toString());
        put(o, "median", p.median());
        o.put("runs", p.n());
        ArrayNode paths = o.putArray("runPaths");
        p.runPaths().forEach(paths::add);
    }

    private static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, new java.math.BigDecimal(num(v)));
        } else {
            o.putNull(key);
        }
    }

    private static String day(Point p) {
        return p.commitTime().toString().substring(0, 10);
    }

    static String change(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100) : "new";
    }

    /** Six significant digits, plain notation. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
