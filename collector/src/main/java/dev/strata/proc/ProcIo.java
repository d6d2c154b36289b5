package dev.strata.proc;

/**
 * Bytes a process moved through read/write system calls ({@code rchar}/{@code wchar} of
 * {@code /proc/PID/io}): files, pipes and sockets alike, so reads from a page-cached file or from
 * S3 count too.
 */
public record ProcIo(long readBytes, long writeBytes) {

    public static ProcIo parse(String text) {
        long r = value(text, "rchar:");
        long w = value(text, "wchar:");
        return r < 0 || w < 0 ? null : new ProcIo(r, w);
    }

    private static long value(String text, String key) {
        int i = text.indexOf(key);
        if (i < 0) {
            return -1;
        }
        i += key.length();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        long v = 0;
        int start = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            v = v * 10 + (text.charAt(i++) - '0');
        }
        return i == start ? -1 : v;
    }
}
