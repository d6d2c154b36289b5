package dev.strata.proc;

import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The process tree from OSHI, spoken as {@code /proc}: each process's {@code stat}, {@code io} and
 * {@code cmdline} are rendered from OSHI's view, so the sampler's logic is one and the same on
 * every system. Times are in milliseconds ({@link #TICKS_PER_SECOND}) and sizes in bytes
 * ({@link #PAGE_BYTES}). Children are found by the sampler's periodic full scan: OSHI has no cheap
 * per-process children list.
 */
final class OshiProcFs implements ProcFs {

    static final long TICKS_PER_SECOND = 1000;
    static final long PAGE_BYTES = 1;

    private final OperatingSystem os;
    private Map<Long, OSProcess> scan = Map.of();

    OshiProcFs() {
        this.os = OshiSystem.get().getOperatingSystem();
    }

    static boolean works() {
        return OshiSystem.get().getOperatingSystem().getProcessId() > 0;
    }

    @Override
    public String read(long pid, String file) {
        OSProcess p = os.getProcess((int) pid);
        return p == null ? null : render(p, file);
    }

    /** One-off reads come from the last full scan, which already holds every process. */
    @Override
    public String readOnce(long pid, String file) {
        OSProcess p = scan.get(pid);
        if (p == null) {
            p = os.getProcess((int) pid);
        }
        return p == null ? null : render(p, file);
    }

    @Override
    public List<Long> pids() {
        Map<Long, OSProcess> next = new HashMap<>();
        for (OSProcess p : os.getProcesses()) {
            next.put((long) p.getProcessID(), p);
        }
        scan = next;
        return new ArrayList<>(next.keySet());
    }

    static String render(OSProcess p, String file) {
        if (p.getState() == OSProcess.State.INVALID) {
            return null;
        }
        if (file.equals("stat")) {
            return stat(p);
        }
        if (file.equals("io")) {
            return "rchar: " + Math.max(0, p.getBytesRead()) + "\nwchar: " + Math.max(0, p.getBytesWritten()) + "\n";
        }
        if (file.equals("cmdline")) {
            List<String> args = p.getArguments();
            return args.isEmpty() ? p.getCommandLine() : String.join("\0", args);
        }
        return null; // task/PID/children and the rest: not offered, the full scan finds children
    }

    /** A Linux stat line: fields 4 ppid, 14 utime, 15 stime, 22 starttime, 24 rss; the rest zero. */
    static String stat(OSProcess p) {
        String name = p.getName() == null || p.getName().isEmpty() ? "?" : p.getName();
        return p.getProcessID() + " (" + name + ") " + state(p) + " " + p.getParentProcessID()
                + " 0 0 0 0 0 0 0 0 0 " + Math.max(0, p.getUserTime()) + " " + Math.max(0, p.getKernelTime())
                + " 0 0 0 0 0 0 " + Math.max(0, p.getStartTime()) + " 0 " + Math.max(0, p.getResidentSetSize()) + "\n";
    }

    private static char state(OSProcess p) {
        return switch (p.getState()) {
            case RUNNING -> 'R';
            case SLEEPING, WAITING -> 'S';
            case ZOMBIE -> 'Z';
            case STOPPED -> 'T';
            default -> 'S';
        };
    }
}
