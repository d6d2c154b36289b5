package dev.strata.site;

/**
 * A detected change in one series (process x metric x host): the last run before it and the first
 * run after it ({@code process/folder} paths in the store), its direction ({@code regression} or
 * {@code improvement}), the ratio of after to before and a confidence in [0, 1].
 */
public record ChangePoint(String process, String metric, String hostId, String lastGoodRun, String firstBadRun,
                          String direction, double ratio, double confidence) {

    public boolean regression() {
        return "regression".equals(direction);
    }
}
