package dev.strata.profilers;

/** Whether a profiler can run here; when not, why (one line) and what to do about it. */
public record Availability(boolean usable, String reason, String fix) {

    public static Availability yes() {
        return new Availability(true, null, null);
    }

    public static Availability no(String reason, String fix) {
        return new Availability(false, reason, fix);
    }

    /** "reason; fix: ..." for messages, or "ready". */
    public String message() {
        return usable ? "ready" : reason + (fix == null ? "" : "; fix: " + fix);
    }
}
