package dev.strata.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** CLK_TCK and the page size: the units of {@code /proc/PID/stat}, asked of getconf once per process. */
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
            cp = new long[]{100, 4096};
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK", "PAGESIZE").redirectErrorStream(true).start();
                String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
                if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.length == 2) {
                    cp = new long[]{Long.parseLong(out[0]), Long.parseLong(out[1])};
                }
            } catch (IOException | NumberFormatException e) {
                // keep the defaults
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            clockAndPage = cp;
        }
        return cp;
    }
}
