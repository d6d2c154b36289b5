package dev.strata.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

class ExportGoldenTest {

    static String export(Exporter.Request req) {
        StringWriter w = new StringWriter();
        try {
            Exporter.export(Fixtures.source(), req, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static Exporter.Request req(Form form, RowWriter.Format format, List<String> metrics) {
        return new Exporter.Request(RunFilter.ALL, metrics, form, format);
    }

    @Test
    void wideCsv() {
        Golden.assertMatches("export/wide.csv", () -> export(req(Form.WIDE, RowWriter.Format.CSV, List.of())));
    }

    @Test
    void longCsv() {
        Golden.assertMatches("export/long.csv", () -> export(req(Form.LONG, RowWriter.Format.CSV, List.of())));
    }

    @Test
    void chosenMetricsInTheirOrder() {
        Golden.assertMatches("export/chosen-metrics.csv", () -> export(req(Form.WIDE, RowWriter.Format.CSV,
                List.of("cells_per_second", "wallSeconds"))));
    }

    @Test
    void json() {
        Golden.assertMatches("export/wide.json", () -> export(req(Form.WIDE, RowWriter.Format.JSON, List.of())));
    }

    @Test
    void ndjsonLong() {
        Golden.assertMatches("export/long.ndjson", () -> export(req(Form.LONG, RowWriter.Format.NDJSON,
                List.of("wallSeconds", "maxRssBytes"))));
    }
}
