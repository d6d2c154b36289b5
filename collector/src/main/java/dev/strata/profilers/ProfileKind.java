package dev.strata.profilers;

import java.util.Locale;

/** What a profile's weights are: CPU samples, or bytes of memory. */
public enum ProfileKind {
    CPU("samples"), MEMORY("bytes");

    private final String unit;

    ProfileKind(String unit) {
        this.unit = unit;
    }

    /** The unit of a folded profile's counts. */
    public String unit() {
        return unit;
    }

    /** As written in the record ({@code cpu}, {@code memory}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
