package dev.strata.site;

import dev.strata.format.Units;
import dev.strata.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's script writes every value as {@link Units} does: the same text for the same value and
 * unit, checked in a real Chromium over values from 1e-12 to 1e15 (and at every rounding edge) in
 * every unit family.
 */
class UnitsTwinTest {

    static final List<String> UNITS = List.of("s", "ns", "ns/iter", "µs", "us", "ms", "sec", "seconds", "min", "B",
            "bytes", "KiB", "MiB", "GiB", "B/s", "MiB/s", "bytes/frame", "1/s", "Hz", "iter/sec", "ops/ms", "cells/s",
            "%", "percent", "", "count", "cells", "widgets/frame", "points/", "s/op");

    static List<Double> values() {
        List<Double> out = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, 9.995, 9.9949, 99.95, 99.949, 999.5,
                999.4999, 1000.0, 1023.5, 1023.4, 1024.0, 1e-12, 0.001, 0.00099995, 59.99, 60.0, 1e12, 6e13, 5.9999e13,
                1.005, 2.675, 0.125, 1e15, -123456.5, 79860.0, 132722.0, 1407188992.0, 3600.0, 86400.0));
        Random r = new Random(18);
        for (int i = 0; i < 3000; i++) {
            double v = Math.pow(10, -12 + 27 * r.nextDouble());
            switch (i % 4) {
                case 0 -> v = Math.rint(v);
                case 1 -> v = -v;
                case 2 -> v = Math.round(v * 1000) / 1000.0;
                default -> { }
            }
            out.add(v);
        }
        return out;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void scriptAndJavaWriteTheSameText() throws IOException {
        Path dir = Files.createTempDirectory("strata-units");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/assets/units.js")) {
            Files.write(dir.resolve("units.js"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("units.html"),
                "<!DOCTYPE html><meta charset=utf-8><script src=\"units.js\"></script>", StandardCharsets.UTF_8);
        List<Double> values = values();
        try (Browser b = Browser.start()) {
            b.driver().get(dir.resolve("units.html").toUri().toString());
            List<String> mismatches = new ArrayList<>();
            for (String unit : UNITS) {
                @SuppressWarnings("unchecked")
                List<String> js = (List<String>) ((JavascriptExecutor) b.driver()).executeScript(
                        "var u = arguments[1]; return arguments[0].map(function (v) { return strataUnits.fmt(u, v); });",
                        values, unit);
                for (int i = 0; i < values.size(); i++) {
                    String java = Units.format(values.get(i), unit);
                    if (!java.equals(js.get(i))) {
                        mismatches.add(values.get(i) + " " + unit + ": java " + java + ", js " + js.get(i));
                    }
                }
            }
            assertThat(mismatches).isEmpty();
            assertThat(b.consoleErrors()).isEmpty();
        }
    }
}
