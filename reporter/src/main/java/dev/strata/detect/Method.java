package dev.strata.detect;

/**
 * A change-point method: given the log values of a series (oldest first) and their noise level,
 * the indices where a new level starts (the first point after the change), ascending.
 */
public interface Method {

    String name();

    int[] changes(double[] logValues, double noise);
}
