package dev.strata.check;

import java.util.Locale;

/** The outcome of one process x metric comparison. */
public enum Verdict {
    /** No change beyond the threshold, or an insignificant improvement. */
    PASS,
    /** Worse beyond the threshold, and the rank test says it is no accident. */
    REGRESSION,
    /** Better beyond the threshold, significantly. */
    IMPROVEMENT,
    /** Worse beyond the threshold, but too few or too noisy repetitions to tell. */
    INCONCLUSIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
