package dev.strata.proc;

/**
 * The fields of {@code /proc/PID/stat} the sampler needs. Times in clock ticks, RSS in pages.
 * Pure parser: the command name may hold spaces and parentheses, so fields are counted from the
 * last ')'. Scans the text once without splitting it (the sampler parses many of these a tick).
 */
public record ProcStat(long pid, String comm, long ppid, long utimeTicks, long stimeTicks, long startTicks,
                       long rssPages) {

    /** Null when the text is not a stat line (the process vanished mid-read, say). */
    public static ProcStat parse(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open <= 0 || close < open || close + 2 >= text.length()) {
            return null;
        }
        long pid = digits(text, 0, open - 1);
        // fields after ')': 3 state, 4 ppid, ..., 14 utime, 15 stime, 22 starttime, 24 rss
        long[] want = new long[25];
        int field = 3;
        int i = close + 2;
        int n = text.length();
        while (i < n && field <= 24) {
            int start = i;
            while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
                i++;
            }
            if (field == 4 || field == 14 || field == 15 || field == 22 || field == 24) {
                long v = digits(text, start, i);
                if (v < 0) {
                    return null;
                }
                want[field] = v;
            }
            field++;
            i++;
        }
        if (field <= 24 || pid < 0) {
            return null;
        }
        return new ProcStat(pid, text.substring(open + 1, close), want[4], want[14], want[15], want[22], want[24]);
    }

    /** A non-negative decimal in text[from, to) (trailing spaces ignored), or -1. */
    private static long digits(String text, int from, int to) {
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        if (to <= from) {
            return -1;
        }
        long v = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
