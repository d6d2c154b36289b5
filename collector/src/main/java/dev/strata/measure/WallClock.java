package dev.strata.measure;

/**
 * The wall time recorded for a workload. strata's own clock runs from before {@code time} is
 * started until the workload is reaped, so it also counts two fork/execs and the JVM's reaper:
 * on a short command that is most of the figure. {@code time} times the workload's life alone,
 * but GNU time prints it truncated to 10 ms ({@code %e}). The true value therefore lies in
 * {@code [e, e + 10 ms)} and below our own reading: the recorded figure is our reading moved into
 * that window, as tight as {@code time}'s and as fine as our clock where the two agree.
 */
final class WallClock {

    /** The resolution of GNU time's {@code %e} and BSD time's {@code real}. */
    static final double TIME_RESOLUTION_SECONDS = 0.01;

    private WallClock() {
    }

    static double workloadSeconds(double ours, TimeReport report) {
        Double e = report == null || report.metrics() == null ? null : report.metrics().wallSeconds();
        if (e == null || e < 0) {
            return ours;
        }
        double upper = e + TIME_RESOLUTION_SECONDS;
        if (ours >= upper) {
            // our reading is all overhead beyond the window: the middle of time's interval
            return e + TIME_RESOLUTION_SECONDS / 2;
        }
        return Math.max(ours, e);
    }
}
