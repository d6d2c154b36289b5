package dev.strata.profilers;

import dev.strata.context.Redactor;
import dev.strata.flame.Palette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python CPU time with py-spy, attached to the workload's interpreter (and, with
 * {@code --subprocesses}, to every Python process it starts). Options: {@code rate=N} samples a
 * second (default 100), {@code native} (C/C++/Cython frames too), {@code idle} (threads that
 * wait as well), {@code lines} (one frame per line rather than per function), {@code nonblocking} (sample
 * without pausing the interpreter: less overhead, occasionally torn stacks).
 */
public final class PySpy implements Profiler {

    static final String NAME = "py-spy";
    /** How long the workload may take to become Python (a launcher, a shim) before we give up. */
    static final long PYTHON_WAIT_MILLIS = 10_000;
    private static final Pattern PROCESS_FRAME = Pattern.compile("^process (\\d+):\"(.*)\"$");

    private final int rate;
    private final boolean nativeFrames;
    private final boolean idle;
    private final boolean lines;
    private final boolean nonblocking;
    /** The PID attached to, by the run's profiler directory. */
    private final java.util.Map<Path, Long> targets = new java.util.concurrent.ConcurrentHashMap<>();

    public PySpy(int rate, boolean nativeFrames, boolean idle, boolean lines, boolean nonblocking) {
        if (rate < 1 || rate > 10_000) {
            throw new IllegalArgumentException("py-spy rate must be 1 to 10000 samples a second, not " + rate);
        }
        this.rate = rate;
        this.nativeFrames = nativeFrames;
        this.idle = idle;
        this.lines = lines;
        this.nonblocking = nonblocking;
    }

    public static PySpy defaults() {
        return new PySpy(100, false, false, false, false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.CPU;
    }

    @Override
    public Availability availability(List<String> command) {
        if (Tools.onPath("py-spy").isEmpty()) {
            return Availability.no("py-spy is not installed (not found on PATH)", "python3 -m pip install py-spy");
        }
        Availability ptrace = Tools.ptrace(NAME);
        return ptrace != null ? ptrace : Availability.yes();
    }

    @Override
    public Attached attach(long workloadPid, Path dir) {
        Path out = dir.resolve("py-spy.folded");
        return ToolProcess.startWhen(NAME, () -> {
            Optional<Long> py = PythonProcess.await(workloadPid, PYTHON_WAIT_MILLIS);
            if (py.isEmpty()) {
                throw new IOException("no Python process appeared in the workload's tree (pid " + workloadPid
                        + "): py-spy profiles Python programs only; for other programs use perf");
            }
            targets.put(dir, py.get());
            List<String> argv = new ArrayList<>(List.of(Tools.onPath("py-spy").orElseThrow().toString(), "record",
                    "--pid", Long.toString(py.get()), "--format", "raw", "--output", out.toString(),
                    "--rate", Integer.toString(rate), "--subprocesses"));
            if (!lines) {
                argv.add("--nolineno");
            }
            if (nativeFrames) {
                argv.add("--native");
            }
            if (idle) {
                argv.add("--idle");
            }
            if (nonblocking) {
                argv.add("--nonblocking");
            }
            return argv;
        }, dir.resolve("py-spy.log"), "No python processes found");
    }

    @Override
    public ProfileOutput collect(Path dir) throws IOException {
        Path raw = dir.resolve("py-spy.folded");
        if (!Files.isRegularFile(raw)) {
            throw new IOException("py-spy wrote no profile" + ToolProcess.lastLine(dir.resolve("py-spy.log")));
        }
        Path clean = dir.resolve("py-spy.clean.folded");
        long samples = 0;
        java.util.Set<Long> pids = new java.util.TreeSet<>();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(raw, StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            try {
                samples += Long.parseLong(line.substring(space + 1).trim());
            } catch (NumberFormatException e) {
                continue;
            }
            out.add(cleanProcessFrames(line.substring(0, space), pids) + line.substring(space));
        }
        Files.write(clean, out, StandardCharsets.UTF_8);
        return new ProfileOutput(ProfileKind.CPU, clean, null, null, samples, targets.remove(dir), Palette.PYTHON,
                List.of()).withTargetPids(new ArrayList<>(pids));
    }

    /**
     * With {@code --subprocesses} each stack starts with {@code process PID:"full command line"}
     * (and a child's under its parent's). The PID changes from run to run and the interpreter's
     * path from machine to machine, which would keep two runs' flamegraphs from lining up in a
     * diff: such a frame becomes the command line with the interpreter's file name only
     * ({@code python3 work.py}). The command line may carry secrets, so it is redacted like the
     * record's command. The PIDs go to {@code pids}.
     */
    static String cleanProcessFrames(String stack, java.util.Set<Long> pids) {
        String[] frames = stack.split(";", -1);
        for (int i = 0; i < frames.length; i++) {
            Matcher m = PROCESS_FRAME.matcher(frames[i]);
            if (!m.matches()) {
                break; // process frames come first
            }
            pids.add(Long.parseLong(m.group(1)));
            List<String> argv = new ArrayList<>(List.of(m.group(2).split(" ")));
            argv.set(0, argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1));
            frames[i] = String.join(" ", Redactor.redactArgs(argv));
        }
        return String.join(";", frames);
    }

    static String cleanProcessFrame(String stack) {
        return cleanProcessFrames(stack, new java.util.TreeSet<>());
    }
}
