package dev.strata.detect;

/**
 * What a proposed step must pass to be reported, besides the metric's threshold: a rank-test
 * confidence, and a size of at least {@code noiseMultiple} times the series' point-to-point noise
 * (on a noisy host a small step is more likely the host wandering than the code changing).
 */
public record Filter(boolean enabled, double minConfidence, double noiseMultiple) {

    public static final Filter NONE = new Filter(false, 0, 0);

    public Filter {
        if (enabled && (!(minConfidence >= 0) || minConfidence >= 1 || !(noiseMultiple >= 0))) {
            throw new IllegalArgumentException("confidence must be in [0, 1) and the noise multiple >= 0");
        }
    }

    public static Filter of(double minConfidence, double noiseMultiple) {
        return new Filter(true, minConfidence, noiseMultiple);
    }
}
