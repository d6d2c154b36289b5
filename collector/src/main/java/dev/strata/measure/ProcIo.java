package dev.strata.measure;

/**
 * Bytes a process moved through read/write system calls ({@code rchar}/{@code wchar} of
 * {@code /proc/PID/io}): files, pipes and sockets alike, so reads from a page-cached file or from
 * S3 count too.
 */
public record ProcIo(long readBytes, long writeBytes) {

    public static ProcIo parse(String text) {
        long r = -1;
        long w = -1;
        for (String line : text.split("\n")) {
            if (line.startsWith("rchar:")) {
                r = Long.parseLong(line.substring(6).trim());
            } else if (line.startsWith("wchar:")) {
                w = Long.parseLong(line.substring(6).trim());
            }
        }
        return r < 0 || w < 0 ? null : new ProcIo(r, w);
    }
}
