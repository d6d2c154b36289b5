package dev.strata.check;

/**
 * A regressed process re-run with its profilers ({@code strata check --escalate}).
 *
 * @param process   the process that regressed
 * @param profiler  the profiler of the re-run ({@code null} when it could not be re-run)
 * @param rerun     the re-run's folder in the store ({@code process/folder}), or null
 * @param earlier   the nearest earlier run of the process with a profile from the same profiler, or null
 * @param diff      the differential flamegraph of earlier vs re-run (a file path), or null
 * @param note      what went wrong or is missing, in words ("no earlier profile ..."), or null
 */
public record Escalation(String process, String profiler, String rerun, String earlier, String diff, String note) {

    /** One line for terminals and JUnit. */
    public String line() {
        StringBuilder b = new StringBuilder(process);
        if (rerun != null) {
            b.append(": re-ran with ").append(profiler).append(" as ").append(rerun);
        }
        if (diff != null) {
            b.append("; diff flamegraph against ").append(earlier).append(": ").append(diff);
        }
        if (note != null) {
            b.append(rerun != null ? "; " : ": ").append(note);
        }
        return b.toString();
    }
}
