package dev.strata.output;

import dev.strata.check.CheckFormats;
import dev.strata.detect.DetectFormats;
import dev.strata.export.ExportFormats;
import dev.strata.query.QueryFormats;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTest {

    private static final OutputFormat<Integer> DECIMAL = (n, out) -> out.write(Integer.toString(n));
    private static final OutputFormat<Integer> HEX = new OutputFormat<>() {
        @Override
        public void write(Integer n, Writer out) throws IOException {
            out.write(Integer.toHexString(n));
        }
    };

    @Test
    void aFormatIsFoundByItsNameOrAliasWhateverTheCaseAndSpaces() {
        Formats<Integer> f = Formats.<Integer>of().add("decimal", DECIMAL).add("hex", HEX, "x");
        assertThat(f.get("hex")).isSameAs(HEX);
        assertThat(f.get(" X ")).isSameAs(HEX);
        assertThat(f.get("Decimal").render(255)).isEqualTo("255");
        assertThat(f.get("hex").render(255)).isEqualTo("ff");
        assertThat(f.names()).containsExactly("decimal", "hex");
    }

    @Test
    void anUnknownNameListsTheNamesOffered() {
        Formats<Integer> f = Formats.<Integer>of().add("a", DECIMAL).add("b", HEX).add("c", HEX, "cc");
        assertThatThrownBy(() -> f.get("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--format 'xml': use a, b or c");
        assertThatThrownBy(() -> f.get(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Formats.<Integer>of().add("only", DECIMAL).choices()).isEqualTo("only");
    }

    @Test
    void everyCommandOffersItsFormatsThroughTheOneInterface() {
        assertThat(CheckFormats.ALL.names()).containsExactly("text", "markdown", "json", "junit");
        assertThat(DetectFormats.ALL.names()).containsExactly("table", "csv", "json");
        assertThat(ExportFormats.ALL.names()).containsExactly("csv", "json", "ndjson");
        assertThat(QueryFormats.ALL.names()).containsExactly("table", "csv", "json", "markdown");
        assertThatThrownBy(() -> ExportFormats.ALL.get("xlsx")).hasMessage("--format 'xlsx': use csv, json or ndjson");
        assertThatThrownBy(() -> QueryFormats.of("xml")).hasMessage("--format 'xml': use table, csv, json or markdown");
    }
}
