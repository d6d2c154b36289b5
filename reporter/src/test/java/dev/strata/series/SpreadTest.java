package dev.strata.series;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The spreads real tools publish, as the histories carry them (hyper, safetensors, django-asv). */
class SpreadTest {

    @Test
    void cargoBenchsPlusMinusIsTheWidthOfItsSamples() {
        assertThat(Spread.ofRange("± 16591", 132722, "ns/iter")).isCloseTo(16591 / 2.0 / 132722, offset(1e-12));
        assertThat(Spread.ofRange("+/- 40", 1000, "ns/iter")).isCloseTo(0.02, offset(1e-12));
    }

    @Test
    void aStddevIsOfTheValueUnlessTheValueIsARate() {
        assertThat(Spread.ofRange("stddev: 1.2978114728391386", 63.76906005541483, "sec"))
                .isCloseTo(1.2978114728391386 / 63.76906005541483, offset(1e-12));
        // pytest-benchmark: 1.18 operations per second, the deviation of 0.85 s per operation is 0.06 s
        assertThat(Spread.ofRange("stddev: 0.06050114010900778", 1.1761837679361133, "iter/sec"))
                .isCloseTo(0.0712, offset(1e-3));
    }

    @Test
    void asvsIntervalIsAbout2Point6StandardErrorsEachSide() {
        assertThat(Spread.ofRange("ci99=[0.24405,0.25928]", 0.24929732200001808, "seconds"))
                .isCloseTo((0.25928 - 0.24405) / 2 / 2.576 / 0.24929732200001808, offset(1e-12));
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(Spread.ofRange(null, 1, "s")).isNaN();
        assertThat(Spread.ofRange("", 1, "s")).isNaN();
        assertThat(Spread.ofRange("stddev: lots", 1, "s")).isNaN();
        assertThat(Spread.ofRange("± 3", 0, "s")).isNaN();
        assertThat(Spread.ofRange("ci99=[1,2", 1, "s")).isNaN();
    }

    @Test
    void repetitionsGiveTheRelativeDeviationOfTheirLogarithms() {
        assertThat(Spread.ofRepetitions(new double[]{10})).isNaN();
        assertThat(Spread.ofRepetitions(new double[]{10, 10, 10})).isCloseTo(0, offset(1e-6));
        assertThat(Spread.ofRepetitions(new double[]{9.5, 10, 10.5})).isCloseTo(0.05, offset(0.002));
        assertThat(Spread.larger(Double.NaN, 0.1)).isEqualTo(0.1);
        assertThat(Spread.larger(0.2, 0.1)).isEqualTo(0.2);
    }
}
