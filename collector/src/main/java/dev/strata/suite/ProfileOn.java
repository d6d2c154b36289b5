package dev.strata.suite;

import java.util.Locale;

/**
 * On which run of a batch the suite's profilers run. A profiler slows what it watches, so by
 * default it gets a run of its own after the timed repetitions ({@code extra}), recorded as a
 * warm-up so its timing stays out of the statistics; {@code first} and {@code all} trade clean
 * timings for profiles of the measured runs themselves.
 */
public enum ProfileOn {
    EXTRA, FIRST, ALL;

    public static ProfileOn parse(String s) {
        if (s == null) {
            return EXTRA;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "extra" -> EXTRA;
            case "first" -> FIRST;
            case "all" -> ALL;
            default -> throw new IllegalArgumentException("profile-on '" + s + "': expected extra, first or all");
        };
    }
}
