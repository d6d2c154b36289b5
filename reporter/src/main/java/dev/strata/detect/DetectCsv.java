package dev.strata.detect;

import dev.strata.output.OutputFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** {@code strata detect --format csv}: RFC 4180, one row per change point, numbers in Locale.ROOT. */
final class DetectCsv implements OutputFormat.Whole<Detection> {

    public static final List<String> HEADER = List.of("process", "metric", "host", "unit", "better",
            "last_good_sha", "last_good_commit_time", "first_bad_sha", "first_bad_commit_time", "direction",
            "ratio", "confidence", "noise", "method", "status", "event", "last_good_runs", "first_bad_runs");

    /** One row per change point, members of events included (the {@code event} column names theirs). */
    @Override
    public String text(Detection d) {
        StringWriter out = new StringWriter();
        Map<ChangePoint, EnvironmentEvent> events = d.eventOf();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (ChangePoint cp : d.changePoints()) {
                EnvironmentEvent e = events.get(cp);
                p.printRecord(cp.key().process(), cp.key().metric(), cp.key().hostId(), cp.metric().unit(),
                        cp.metric().better().json(), cp.lastGood().sha(), cp.lastGood().commitTime(),
                        cp.firstBad().sha(), cp.firstBad().commitTime(), cp.direction().label(),
                        DetectFormats.num(cp.ratio()), DetectFormats.num(cp.confidence()), DetectFormats.num(cp.noise()), cp.method(), cp.status(),
                        e == null ? "" : e.id(),
                        String.join(" ", cp.lastGood().runPaths()), String.join(" ", cp.firstBad().runPaths()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
