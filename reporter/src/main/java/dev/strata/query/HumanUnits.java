package dev.strata.query;

import dev.strata.format.Units;

import java.util.Locale;

/** A value with its unit for people: 3.41 s, 1.24 GiB, 81.2 µs; other units as a plain number and the unit. */
public final class HumanUnits {

    private HumanUnits() {
    }

    public static String format(double v, String unit) {
        String u = unit == null ? "" : unit.trim();
        switch (u.toLowerCase(Locale.ROOT)) {
            case "seconds", "second", "sec", "s" -> {
                return Units.seconds(v);
            }
            case "ms" -> {
                return Units.seconds(v / 1e3);
            }
            case "us", "µs" -> {
                return Units.seconds(v / 1e6);
            }
            case "ns" -> {
                return Units.seconds(v / 1e9);
            }
            case "bytes", "byte", "b" -> {
                return Units.bytes(Math.round(v));
            }
            case "percent", "%" -> {
                return String.format(Locale.ROOT, "%.1f %%", v);
            }
            case "count", "" -> {
                return Units.number(v);
            }
            default -> {
                return Units.number(v) + " " + u;
            }
        }
    }
}
