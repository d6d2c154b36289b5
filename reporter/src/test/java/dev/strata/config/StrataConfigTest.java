package dev.strata.config;

import dev.strata.record.Better;
import dev.strata.series.MetricClass;
import dev.strata.series.MetricDef;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrataConfigTest {

    private static final MetricDef WALL = new MetricDef("wallSeconds", "s", Better.LOWER, MetricClass.TIME);
    private static final MetricDef USER = new MetricDef("userSeconds", "s", Better.LOWER, MetricClass.TIME);
    private static final MetricDef RSS = new MetricDef("maxRssBytes", "B", Better.LOWER, MetricClass.MEMORY);

    @Test
    void fileOverridesDefaultsAndTheCommandLineOverridesTheFile() {
        StrataConfig c = StrataConfig.parse("""
                thresholds:
                  time: 8%
                  wallSeconds: 0.12
                detect:
                  method: z-score
                  confidence: 0.99
                  persistence: 20
                check:
                  alpha: 0.01
                """.getBytes(StandardCharsets.UTF_8), "strata.yaml");
        assertThat(c.thresholds(Map.of()).of(WALL)).isEqualTo(0.12);
        assertThat(c.thresholds(Map.of()).of(USER)).isEqualTo(0.08);
        assertThat(c.thresholds(Map.of()).of(RSS)).isEqualTo(0.02);
        assertThat(c.thresholds(Map.of("wallSeconds", 0.2)).of(WALL)).isEqualTo(0.2);
        assertThat(c.thresholds(Map.of("*", 0.3)).of(RSS)).isEqualTo(0.3);
        assertThat(c.alphaOrDefault()).isEqualTo(0.01);
        assertThat(c.detector(Map.of()).methodName()).startsWith("z-score");
        assertThat(c.detector(Map.of()).filter().minConfidence()).isEqualTo(0.99);
        assertThat(c.detector(Map.of()).filter().persistence()).isEqualTo(20);
        // one configuration: the detector judges by the thresholds the release gate uses
        for (MetricDef m : java.util.List.of(WALL, USER, RSS)) {
            assertThat(c.detector(Map.of("time", 0.3)).thresholds().of(m)).isEqualTo(c.thresholds(Map.of("time", 0.3)).of(m));
        }
        assertThat(StrataConfig.parse(new byte[0], "x").alphaOrDefault()).isEqualTo(0.05);
    }

    @Test
    void badSettingsSayWhatAndWhere() {
        assertThatThrownBy(() -> StrataConfig.parse("thresholds:\n  time: fast\n".getBytes(), "strata.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strata.yaml: thresholds.time");
        assertThatThrownBy(() -> StrataConfig.parse("detect:\n  method: magic\n".getBytes(), "strata.yaml"))
                .hasMessageContaining("unknown detection method 'magic'");
        assertThatThrownBy(() -> StrataConfig.parse("chek: {}\n".getBytes(), "strata.yaml"))
                .hasMessageContaining("unknown key 'chek'");
        assertThatThrownBy(() -> StrataConfig.parse("check:\n  alpha: 2\n".getBytes(), "strata.yaml"))
                .hasMessageContaining("check.alpha");
        assertThatThrownBy(() -> StrataConfig.parse("[1, 2".getBytes(), "strata.yaml"))
                .hasMessageContaining("strata.yaml: not valid YAML");
    }

    @Property(tries = 300)
    void randomBytesAreRejectedCleanlyOrAccepted(@ForAll byte[] bytes) {
        try {
            StrataConfig.parse(bytes, "strata.yaml");
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).startsWith("strata.yaml");
        }
    }
}
