package dev.strata.proc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** CLK_TCK and the page size: the units of {@code /proc/PID/stat}, read once per process (auxv, else getconf). */
public final class KernelUnits {

    private static volatile long[] clockAndPage;

    private KernelUnits() {
    }

    public static long clockTicksPerSecond() {
        return both()[0];
    }

    public static long pageBytes() {
        return both()[1];
    }

    /** 100 and 4096 almost everywhere, which is also what is kept when getconf cannot say. */
    private static long[] both() {
        long[] cp = clockAndPage;
        if (cp == null) {
            cp = fromAuxv(Path.of("/proc/self/auxv"));
        }
        if (cp == null) {
            cp = new long[]{100, 4096};
            try {
                // GNU getconf answers one variable per call
                cp = new long[]{getconf("CLK_TCK", 100), getconf("PAGESIZE", 4096)};
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clockAndPage = cp;
        return cp;
    }

    private static long getconf(String name, long otherwise) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("getconf", name).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 ? Long.parseLong(out) : otherwise;
        } catch (IOException | NumberFormatException e) {
            return otherwise;
        }
    }

    /*
     * The kernel hands every process both values in its auxiliary vector (AT_PAGESZ 6, AT_CLKTCK 17:
     * pairs of native-endian words); reading it costs a file read instead of starting getconf.
     */
    static long[] fromAuxv(Path auxv) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(auxv)).order(ByteOrder.nativeOrder());
            long clk = 0;
            long page = 0;
            while (b.remaining() >= 16) {
                long type = b.getLong();
                long value = b.getLong();
                if (type == 17) {
                    clk = value;
                } else if (type == 6) {
                    page = value;
                } else if (type == 0) {
                    break;
                }
            }
            return clk > 0 && page > 0 ? new long[]{clk, page} : null;
        } catch (IOException | RuntimeException e) {
            return null; // not Linux, or a 32-bit layout: ask getconf
        }
    }
}
