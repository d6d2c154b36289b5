package dev.strata.measure;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command exactly as given under GNU time, which writes its report to a file of ours so it
 * never mixes with the workload's output. stdin, stdout and stderr are the workload's own.
 * Signals strata receives go to the workload, which is the child of {@code time}, not {@code time}
 * (GNU time ignores INT and QUIT while it waits).
 */
public final class Launcher {

    public static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final String[] FORWARDED = {"INT", "TERM", "HUP"};

    public record Request(List<String> command, Path cwd, Map<String, String> extraEnv, Duration timeout,
                          Duration killGrace) {
    }

    private final Path timeBinary;

    public Launcher(Path timeBinary) {
        this.timeBinary = timeBinary;
    }

    public static Launcher withSystemTime() {
        return new Launcher(GNU_TIME);
    }

    public boolean hasTime() {
        return timeBinary != null && Files.isExecutable(timeBinary);
    }

    public Execution run(Request req) throws IOException {
        List<String> warnings = new ArrayList<>();
        Path report = Files.createTempFile("strata-time-", ".txt");
        try {
            List<String> argv = new ArrayList<>();
            if (hasTime()) {
                argv.addAll(List.of(timeBinary.toString(), "-f", GnuTimeParser.FORMAT, "-o", report.toString(), "--"));
            } else {
                warnings.add("GNU time not found at " + timeBinary + ": only wall time is measured");
            }
            argv.addAll(req.command());
            ProcessBuilder pb = new ProcessBuilder(argv).directory(req.cwd().toFile()).inheritIO();
            pb.environment().putAll(req.extraEnv());

            SignalForwarder forwarder = new SignalForwarder();
            Map<String, SignalHandler> previous = new HashMap<>();
            // handlers go in before the workload starts: a signal that arrives while we still look
            // for the workload's PID is held and delivered as soon as we know it
            for (String sig : FORWARDED) {
                previous.put(sig, Signal.handle(new Signal(sig), s -> forwarder.received(s.getName(), s.getNumber())));
            }
            Instant startedAt = Instant.now();
            long t0 = System.nanoTime();
            Process p = null;
            Long workload = null;
            boolean timedOut = false;
            try {
                p = pb.start();
                workload = hasTime() ? findChild(p) : Long.valueOf(p.pid());
                forwarder.target(workload != null ? workload : p.pid());
                if (req.timeout() != null && !p.waitFor(req.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut = true;
                    endTree(p, workload, req.killGrace());
                }
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (p != null) {
                    p.destroyForcibly();
                }
            } finally {
                previous.forEach((name, h) -> Signal.handle(new Signal(name), h));
            }
            long t1 = System.nanoTime();
            Instant endedAt = Instant.now();
            double wall = (t1 - t0) / 1e9;

            TimeReport tr;
            if (hasTime()) {
                String text = Files.readString(report, StandardCharsets.UTF_8);
                try {
                    tr = GnuTimeParser.parse(text);
                } catch (IllegalArgumentException e) {
                    warnings.add("time wrote no report (" + e.getMessage() + ")");
                    tr = new TimeReport(null, p.exitValue(), null);
                }
            } else {
                int code = p.exitValue();
                tr = code > 128 ? new TimeReport(null, null, code - 128) : new TimeReport(null, code, null);
            }
            int sig = forwarder.received();
            return new Execution(startedAt, endedAt, wall, tr, workload, sig == 0 ? null : sig, timedOut, warnings);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** The workload is the child of {@code time}; it appears a moment after {@code time} starts. */
    private static Long findChild(Process time) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> child = time.children().findFirst();
            if (child.isPresent()) {
                return child.get().pid();
            }
            if (!time.isAlive()) {
                return null;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Holds signals strata receives until the workload's PID is known, then passes them on. */
    private static final class SignalForwarder {
        private long target;
        private String pending;
        private int first;

        synchronized void received(String name, int number) {
            if (first == 0) {
                first = number;
            }
            if (target != 0) {
                forward(name, target);
            } else {
                pending = name;
            }
        }

        synchronized void target(long pid) {
            target = pid;
            if (pending != null) {
                forward(pending, pid);
                pending = null;
            }
        }

        synchronized int received() {
            return first;
        }

        private static void forward(String signal, long pid) {
            try {
                new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).inheritIO().start();
            } catch (IOException ignored) {
                // the workload is gone already
            }
        }
    }

    /** TERM to the whole tree, then KILL after the grace period. */
    private static void endTree(Process time, Long workload, Duration grace) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>();
        ProcessHandle root = workload == null ? time.toHandle() : ProcessHandle.of(workload).orElse(time.toHandle());
        tree.add(root);
        root.descendants().forEach(tree::add);
        for (ProcessHandle h : tree) {
            h.destroy();
        }
        if (!time.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
