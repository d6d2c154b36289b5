package dev.strata.export;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the CSV says is what a CSV reader reads back: quotes, commas, new lines and all. */
class CsvRoundTripTest {

    static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                out.add(r.toList());
            }
        }
        return out;
    }

    static String write(List<String> header, List<Object[]> rows) throws IOException {
        StringWriter w = new StringWriter();
        RowWriter csv = new CsvRowWriter(w);
        csv.header(header);
        for (Object[] r : rows) {
            csv.row(r);
        }
        csv.close();
        return w.toString();
    }

    @Test
    void exportedRunsReadBackCellForCell() throws IOException {
        StringWriter w = new StringWriter();
        Exporter.export(Fixtures.source(), new Exporter.Request(RunFilter.ALL, List.of(), Form.WIDE,
                ExportFormats.CSV), w);
        List<List<String>> cells = parse(w.toString());
        assertThat(cells).hasSize(5);
        int description = cells.get(0).indexOf("description");
        assertThat(cells.get(1).get(description)).isEqualTo(Fixtures.AWKWARD);
        assertThat(cells.get(2).get(cells.get(0).indexOf("param.layout"))).isEqualTo("sparse, csr");
        assertThat(cells.get(1).get(cells.get(0).indexOf("maxRssBytes"))).isEqualTo("1406418944");
        assertThat(cells.get(1).get(cells.get(0).indexOf("startedAt"))).isEqualTo("2026-10-02T08:00:00.125Z");
        assertThat(cells).allSatisfy(row -> assertThat(row).hasSize(cells.get(0).size()));
    }

    @Property(tries = 300)
    void anyTextSurvives(@ForAll @StringLength(max = 40) @Chars({',', '"', '\n', '\r', ' ', 'a', 'é', ';', '\t', '='})
                         String text, @ForAll double number) throws IOException {
        String csv = write(List.of("text", "number"), List.<Object[]>of(new Object[]{text, number}));
        List<List<String>> back = parse(csv);
        assertThat(back).hasSize(2);
        assertThat(back.get(1).get(0)).isEqualTo(text);
        String n = back.get(1).get(1);
        if (Double.isFinite(number)) {
            assertThat(Double.parseDouble(n)).isEqualTo(number);
            assertThat(n).doesNotContain("E").doesNotContain(",");
        } else {
            assertThat(n).isEmpty();
        }
    }
}
