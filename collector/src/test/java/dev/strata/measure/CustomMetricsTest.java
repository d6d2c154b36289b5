package dev.strata.measure;

import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomMetricsTest {

    @Test
    void jsonLinesWithOneBadLine() {
        String text = "{\"name\": \"cells_per_second\", \"value\": 1.2e6, \"unit\": \"1/s\", \"better\": \"higher\"}\n"
                + "not json\n\n{\"name\": \"peak_gpu_bytes\", \"value\": 42, \"unit\": \"B\"}\n"
                + "{\"name\": \"x\", \"value\": \"12\"}\n";
        CustomMetrics.Parsed p = CustomMetrics.parseLines(text, "$STRATA_METRICS_FILE");
        assertThat(p.metrics()).containsOnlyKeys("cells_per_second", "peak_gpu_bytes");
        assertThat(p.metrics().get("cells_per_second")).isEqualTo(new CustomMetric(1.2e6, "1/s", Better.HIGHER));
        assertThat(p.metrics().get("peak_gpu_bytes").better()).isEqualTo(Better.LOWER);
        assertThat(p.warnings()).containsExactly(
                "$STRATA_METRICS_FILE line 2: ignored metric (not a JSON object)",
                "$STRATA_METRICS_FILE line 5: ignored metric (needs a finite numeric \"value\")");
    }

    @Test
    void options() {
        var e = CustomMetrics.parseOption("cells_per_second=1.2e6[1/s]");
        assertThat(e.getKey()).isEqualTo("cells_per_second");
        assertThat(e.getValue()).isEqualTo(new CustomMetric(1.2e6, "1/s", Better.HIGHER));
        assertThat(CustomMetrics.parseOption("load_seconds=3.5[s]").getValue().better()).isEqualTo(Better.LOWER);
        assertThat(CustomMetrics.parseOption("score=7:higher").getValue()).isEqualTo(new CustomMetric(7, null, Better.HIGHER));
        assertThatThrownBy(() -> CustomMetrics.parseOption("oops")).hasMessageContaining("--metric 'oops'");
        assertThatThrownBy(() -> CustomMetrics.parseOption("a=abc[s]")).hasMessageContaining("expected NAME=VALUE");
    }
}
