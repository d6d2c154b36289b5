package dev.strata.site;

/**
 * A detected change in one series (process x metric x host): the last run before it and the first
 * run after it ({@code process/folder} paths in the store), its direction ({@code regression} or
 * {@code improvement}), the ratio of after to before and a confidence in [0, 1].
 *
 * @param possible whether too few points follow it yet to call it a level (shown, not flagged)
 * @param event    when it is one of many series of its host stepping at one commit: that environment
 *                 event in words (how many of the host's series, which host, which commit); else null
 */
public record ChangePoint(String process, String metric, String hostId, String lastGoodRun, String firstBadRun,
                          String direction, double ratio, double confidence, boolean possible, String event) {

    /** A flagged change point of its own. */
    public ChangePoint(String process, String metric, String hostId, String lastGoodRun, String firstBadRun,
                       String direction, double ratio, double confidence) {
        this(process, metric, hostId, lastGoodRun, firstBadRun, direction, ratio, confidence, false, null);
    }

    public boolean regression() {
        return "regression".equals(direction);
    }
}
