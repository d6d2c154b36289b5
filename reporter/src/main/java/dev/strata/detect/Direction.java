package dev.strata.detect;

import dev.strata.record.Better;

import java.util.Locale;

/** Whether a change made a metric worse or better, given which direction is better for it. */
public enum Direction {
    REGRESSION, IMPROVEMENT;

    public static Direction of(double ratioAfterBefore, Better better) {
        boolean up = ratioAfterBefore > 1;
        return (better == Better.HIGHER) == up ? IMPROVEMENT : REGRESSION;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
