package dev.strata.importer;

import dev.strata.record.Better;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryCsvTest {

    @Test
    void readsExcerptsOfTheRealHistories() {
        List<ImportedPoint> hyper = Histories.points("hyper.csv");
        assertThat(hyper).hasSize(540);
        assertThat(hyper.stream().map(ImportedPoint::series).distinct()).hasSize(5);
        ImportedPoint first = hyper.get(0);
        assertThat(first.series()).isEqualTo("end_to_end/http1_body_both_100kb");
        assertThat(first.commit()).isEqualTo("af96ddf008540ca4799381efb16a74af4dc3db28");
        assertThat(first.commitTime()).isEqualTo(Instant.parse("2020-11-17T00:06:30Z"));
        assertThat(first.value()).isEqualTo(132722);
        assertThat(first.unit()).isEqualTo("ns/iter");
        assertThat(first.range()).isEqualTo("± 16591");
        assertThat(Directions.of(first.unit())).isEqualTo(Better.LOWER);

        List<ImportedPoint> safetensors = Histories.points("safetensors.csv");
        assertThat(safetensors).hasSize(200);
        assertThat(safetensors.get(0).range()).isEqualTo("stddev: 0.06050114010900778");
        assertThat(Directions.of(safetensors.get(0).unit())).isEqualTo(Better.HIGHER);
        assertThat(Histories.points("bsl-language-server.csv")).hasSize(300);
        List<ImportedPoint> django = Histories.points("django-asv.csv");
        assertThat(django).hasSize(300);
        assertThat(django.get(0).range()).isEqualTo("ci99=[0.24405,0.25928]");
    }

    @Test
    void badRowsNameTheirLine() {
        String csv = "series,commit,timestamp_iso,value,unit,range\n"
                + "a,abc123,2024-01-01T00:00:00Z,1.5,s,\n"
                + "a,abc124,yesterday,1.5,s,\n";
        assertThatThrownBy(() -> HistoryCsv.parse(new StringReader(csv), "h.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("h.csv:3: 'yesterday' is not an ISO-8601 time (e.g. 2024-03-01T12:00:00Z)");
        assertThatThrownBy(() -> HistoryCsv.parse(new StringReader(
                "series,commit,timestamp_iso,value,unit\na,abc,2024-01-01T00:00:00Z,fast,s\n"), "h.csv"))
                .hasMessage("h.csv:2: value 'fast' is not a number");
        assertThatThrownBy(() -> HistoryCsv.parse(new StringReader("name,value\na,1\n"), "h.csv"))
                .hasMessageStartingWith("h.csv: no column 'series'");
    }

    @Test
    void directionFromUnit() {
        assertThat(Directions.of("iter/sec")).isEqualTo(Better.HIGHER);
        assertThat(Directions.of("ops/s")).isEqualTo(Better.HIGHER);
        assertThat(Directions.of("rows/s")).isEqualTo(Better.HIGHER);
        assertThat(Directions.of("ns/iter")).isEqualTo(Better.LOWER);
        assertThat(Directions.of("seconds")).isEqualTo(Better.LOWER);
        assertThat(Directions.of("bytes")).isEqualTo(Better.LOWER);
        assertThat(Directions.of(null)).isEqualTo(Better.LOWER);
    }

    @Property(tries = 300)
    void randomBytesAreRejectedCleanly(@ForAll byte[] bytes) {
        String text = "series,commit,timestamp_iso,value,unit,range\n" + new String(bytes, StandardCharsets.UTF_8);
        try {
            HistoryCsv.parse(new StringReader(text), "r.csv");
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).startsWith("r.csv");
        }
    }
}
