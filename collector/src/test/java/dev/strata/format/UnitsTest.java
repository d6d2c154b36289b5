package dev.strata.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one unit formatter: scaled units, three significant digits (four when the integer part has four). */
class UnitsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // times, scaled from any time unit, with what they are per
            "79860      | ns/iter | 79.9 µs/iter",
            "132722     | ns/iter | 133 µs/iter",
            "999.6      | ns/iter | 1.00 µs/iter",
            "0.5        | ns      | 0.500 ns",
            "12.41      | s       | 12.4 s",
            "1.5        | s       | 1.50 s",
            "0.0012345  | s       | 1.23 ms",
            "0.9996     | s       | 1.00 s",
            "9.996      | s       | 10.0 s",
            "99.96      | s       | 100 s",
            "754        | s       | 754 s",
            "1234       | s       | 20.6 min",
            "200000     | s       | 55.6 h",
            "3.25       | sec     | 3.25 s",
            "0.75       | seconds | 750 ms",
            "250        | ms      | 250 ms",
            "2500       | us      | 2.50 ms",
            "-0.0042    | s       | -4.20 ms",
            "0          | s       | 0 s",
            // bytes: binary steps, four digits just below the next step
            "0          | B       | 0 B",
            "1023       | B       | 1023 B",
            "1023.7     | B       | 1.00 KiB",
            "1048576    | B       | 1.00 MiB",
            "1407188992 | B       | 1.31 GiB",
            "3.5        | MiB     | 3.50 MiB",
            "2048       | MiB     | 2.00 GiB",
            "5242880    | B/s     | 5.00 MiB/s",
            // rates per second
            "950        | 1/s     | 950/s",
            "12345      | 1/s     | 12.3 k/s",
            "1200000    | 1/s     | 1.20 M/s",
            "2.5e9      | Hz      | 2.50 G/s",
            "4321.9     | iter/sec| 4.32 k iter/s",
            "812        | iter/sec| 812 iter/s",
            "3          | ops/ms  | 3.00 k ops/s",
            // percentages and plain numbers
            "99.54      | %       | 99.5 %",
            "0.5        | percent | 0.500 %",
            "123456     | ''      | 123456",
            "0.012345   | ''      | 0.0123",
            "42         | count   | 42",
            "-3         | ''      | -3",
            "2.5        | count   | 2.50",
            // units strata does not know stay as they are
            "1234.5     | cells   | 1235 cells",
            "7.123      | widgets/frame | 7.12 widgets/frame",
            "5.5        | points/ | 5.50 points/",
    })
    void scalesAndRounds(double value, String unit, String expected) {
        assertThat(Units.format(value, unit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity"})
    void nonFiniteIsADash(double v) {
        assertThat(Units.format(v, "s")).isEqualTo("–");
        assertThat(Units.format((Double) null, "s")).isEqualTo("–");
    }
}
