package dev.strata.importer;

import dev.strata.record.Better;

import java.util.Locale;

/**
 * Which way is better for an imported unit. Histories publish times and sizes (lower is better)
 * and rates such as iter/sec or ops/s (higher is better); only a rate says so in its unit.
 */
public final class Directions {

    private Directions() {
    }

    public static Better of(String unit) {
        if (unit == null) {
            return Better.LOWER;
        }
        String u = unit.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (u.endsWith("/s") || u.endsWith("/sec") || u.endsWith("/second") || u.endsWith("persec")
                || u.endsWith("persecond") || u.endsWith("ps") && u.matches("[a-z]+ps") || u.equals("hz")
                || u.equals("1/s") || u.startsWith("ops") && !u.contains("/iter")) {
            return Better.HIGHER;
        }
        return Better.LOWER;
    }
}
