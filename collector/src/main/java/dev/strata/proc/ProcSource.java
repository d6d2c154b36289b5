package dev.strata.proc;

/**
 * Where the process tree is read from, in the units its stat lines are written in: the real
 * {@code /proc} on Linux, or OSHI where there is none (macOS, Windows). OSHI's classes are loaded
 * only on that path, so a Linux start pays nothing for them. {@code STRATA_OSHI=1} (or the system
 * property {@code strata.oshi=true}) forces the OSHI path on Linux, to exercise it there.
 *
 * @param clockTicksPerSecond the unit of CPU times and start times in {@code stat}
 * @param pageBytes           the unit of RSS in {@code stat}
 */
public record ProcSource(ProcFs fs, long clockTicksPerSecond, long pageBytes) {

    /** Whether host facts and the process tree come from OSHI rather than /proc. */
    public static boolean useOshi() {
        return "1".equals(System.getenv("STRATA_OSHI")) || Boolean.getBoolean("strata.oshi") || !ProcFs.available();
    }

    /** Whether a process tree can be sampled here at all. */
    public static boolean available() {
        return ProcFs.available() || useOshi() && OshiAvailability.check();
    }

    /** A fresh source for one sampler (neither kind is shared between threads). */
    public static ProcSource open() {
        if (useOshi()) {
            return new ProcSource(new OshiProcFs(), OshiProcFs.TICKS_PER_SECOND, OshiProcFs.PAGE_BYTES);
        }
        return new ProcSource(ProcFs.linux(), KernelUnits.clockTicksPerSecond(), KernelUnits.pageBytes());
    }

    /** Kept apart so that asking whether OSHI works loads it only when it is the path taken. */
    private static final class OshiAvailability {
        static boolean check() {
            try {
                return OshiProcFs.works();
            } catch (LinkageError e) {
                return false; // no native access on this platform
            }
        }
    }
}
