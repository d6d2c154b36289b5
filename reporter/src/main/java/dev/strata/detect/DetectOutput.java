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

/** {@code strata detect}'s outputs: an aligned table, CSV (RFC 4180) and JSON; numbers in Locale.ROOT. */
public final class DetectOutput {

    public static final List<String> CSV_HEADER = List.of("process", "metric", "host", "unit", "better",
            "last_good_sha", "last_good_commit_time", "first_bad_sha", "first_bad_commit_time", "direction",
            "ratio", "confidence", "noise", "method", "last_good_runs", "first_bad_runs");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DetectOutput() {
    }

    public static String table(List<ChangePoint> cps) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"process", "metric", "host", "last good", "first bad", "direction", "change",
                "confidence", "noise"});
        for (ChangePoint cp : cps) {
            rows.add(new String[]{cp.key().process(), cp.key().metric(), cp.key().hostId(),
                    cp.lastGood().shortSha() + " " + day(cp.lastGood()), cp.firstBad().shortSha() + " " + day(cp.firstBad()),
                    cp.direction().label(), change(cp.ratio()), String.format(Locale.ROOT, "%.4f", cp.confidence()),
                    String.format(Locale.ROOT, "%.1f%%", cp.noise() * 100)});
        }
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
                line.append(i >= 6 ? pad + r[i] : r[i] + pad).append("  ");
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        b.append(cps.size()).append(cps.size() == 1 ? " change point" : " change points").append('\n');
        return b.toString();
    }

    public static String csv(List<ChangePoint> cps) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (ChangePoint cp : cps) {
                p.printRecord(cp.key().process(), cp.key().metric(), cp.key().hostId(), cp.metric().unit(),
                        cp.metric().better().json(), cp.lastGood().sha(), cp.lastGood().commitTime(),
                        cp.firstBad().sha(), cp.firstBad().commitTime(), cp.direction().label(),
                        num(cp.ratio()), num(cp.confidence()), num(cp.noise()), cp.method(),
                        String.join(" ", cp.lastGood().runPaths()), String.join(" ", cp.firstBad().runPaths()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(List<ChangePoint> cps) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "strata.changepoints/1");
        ArrayNode list = root.putArray("changePoints");
        for (ChangePoint cp : cps) {
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
            point(o.putObject("lastGood"), cp.lastGood());
            point(o.putObject("firstBad"), cp.firstBad());
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
