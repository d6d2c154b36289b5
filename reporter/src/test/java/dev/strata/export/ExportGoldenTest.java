package dev.strata.export;

import dev.strata.output.OutputFormat;
import dev.strata.testing.Golden;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportGoldenTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    static String export(Exporter.Request req) {
        StringWriter w = new StringWriter();
        try {
            Exporter.export(Fixtures.source(), req, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static Exporter.Request req(Form form, OutputFormat<Exporter.Planned> format, List<String> metrics) {
        return new Exporter.Request(RunFilter.ALL, metrics, form, format);
    }

    @Test
    void wideCsv() {
        GOLDEN.check("export/wide.csv", () -> export(req(Form.WIDE, ExportFormats.CSV, List.of())));
    }

    @Test
    void longCsv() {
        GOLDEN.check("export/long.csv", () -> export(req(Form.LONG, ExportFormats.CSV, List.of())));
    }

    @Test
    void chosenMetricsInTheirOrder() {
        GOLDEN.check("export/chosen-metrics.csv", () -> export(req(Form.WIDE, ExportFormats.CSV,
                List.of("cells_per_second", "wallSeconds"))));
    }

    @Test
    void json() throws Exception {
        GOLDEN.check("export/wide.json", () -> export(req(Form.WIDE, ExportFormats.JSON, List.of())));
        var parsed = dev.strata.record.RunJson.mapper().readTree(export(req(Form.WIDE, ExportFormats.JSON, List.of())));
        assertThat(parsed.size()).isEqualTo(4);
        assertThat(parsed.get(0).get("description").asText()).isEqualTo(Fixtures.AWKWARD);
        assertThat(parsed.get(1).get("wallSeconds").asDouble()).isEqualTo(3.41);
    }

    @Test
    void ndjsonLong() throws Exception {
        GOLDEN.check("export/long.ndjson", () -> export(req(Form.LONG, ExportFormats.NDJSON,
                List.of("wallSeconds", "maxRssBytes"))));
        List<String> lines = export(req(Form.LONG, ExportFormats.NDJSON, List.of("wallSeconds"))).lines().toList();
        assertThat(lines).hasSize(3);
        for (String l : lines) {
            assertThat(dev.strata.record.RunJson.mapper().readTree(l).get("metric").asText()).isEqualTo("wallSeconds");
        }
    }

    @Test
    void everyFormatOfExportMatchesItsGoldenThroughTheOneInterface() {
        assertThat(ExportFormats.ALL.names()).containsExactly("csv", "json", "ndjson");
        GOLDEN.check("export/wide.csv", () -> export(req(Form.WIDE, ExportFormats.ALL.get("csv"), List.of())));
        GOLDEN.check("export/wide.json", () -> export(req(Form.WIDE, ExportFormats.ALL.get("json"), List.of())));
        GOLDEN.check("export/long.ndjson", () -> export(req(Form.LONG, ExportFormats.ALL.get("ndjson"),
                List.of("wallSeconds", "maxRssBytes"))));
    }

    @Test
    void emptySelectionIsAHeaderOnly() {
        RunFilter none = new RunFilter(List.of(), List.of("v0"), List.of(), List.of(), null, null);
        String csv = export(new Exporter.Request(none, List.of(), Form.WIDE, ExportFormats.CSV));
        assertThat(csv.lines()).hasSize(1);
        assertThat(csv).startsWith(String.join(",", Layout.RUN_COLUMNS) + ",wallSeconds,");
        assertThat(export(new Exporter.Request(none, List.of(), Form.WIDE, ExportFormats.NDJSON))).isEmpty();
    }
}
