package dev.strata.measure;

/**
 * The fields of {@code /proc/PID/stat} the sampler needs. Times in clock ticks, RSS in pages.
 * Pure parser: the command name may hold spaces and parentheses, so fields are counted from the
 * last ')'.
 */
public record ProcStat(long pid, String comm, long ppid, long utimeTicks, long stimeTicks, long startTicks,
                       long rssPages) {

    /** Null when the text is not a stat line (the process vanished mid-read, say). */
    public static ProcStat parse(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open <= 0 || close < open) {
            return null;
        }
        String[] f = text.substring(close + 2).trim().split(" ");
        // f[0] is field 3 (state); field n is f[n - 3]
        if (f.length < 22) {
            return null;
        }
        try {
            return new ProcStat(Long.parseLong(text.substring(0, open).trim()), text.substring(open + 1, close),
                    Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[19]),
                    Long.parseLong(f[21]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
