package dev.strata.format;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** From a nanosecond to weeks, from a byte to terabytes: a formatted value reads back to within half a unit of its third digit. */
class UnitsPropertiesTest {

    private static final Pattern TEXT = Pattern.compile("(-?\\d+(?:\\.\\d+)?) (ns|µs|ms|s|min|h|B|KiB|MiB|GiB|TiB|PiB)");
    private static final Map<String, Double> SCALE = Map.ofEntries(Map.entry("ns", 1e-9), Map.entry("µs", 1e-6),
            Map.entry("ms", 1e-3), Map.entry("s", 1.0), Map.entry("min", 60.0), Map.entry("h", 3600.0),
            Map.entry("B", 1.0), Map.entry("KiB", 1024.0), Map.entry("MiB", 1048576.0), Map.entry("GiB", 1073741824.0),
            Map.entry("TiB", 1099511627776.0), Map.entry("PiB", 1125899906842624.0));

    @Property(tries = 3000)
    void timesAndSizesReadBack(@ForAll @DoubleRange(min = 1, max = 9.99) double mantissa,
                               @ForAll @IntRange(min = -10, max = 6) int exponent, @ForAll boolean bytes) {
        double v = mantissa * Math.pow(10, exponent) * (bytes ? 1e6 : 1);
        String unit = bytes ? "B" : "s";
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            String text = Units.format(v, unit);
            Matcher m = TEXT.matcher(text);
            assertThat(m.matches()).as(text).isTrue();
            String digits = m.group(1).replace("-", "").replace(".", "").replaceFirst("^0+", "");
            assertThat(digits.length()).as("significant digits of %s", text).isBetween(1, 4);
            double back = Double.parseDouble(m.group(1)) * SCALE.get(m.group(2));
            assertThat(Math.abs(back - v) / v).as("%s for %s", text, v).isLessThanOrEqualTo(0.0051);
        });
    }
}
