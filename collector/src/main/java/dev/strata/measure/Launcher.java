package dev.strata.measure;

import dev.strata.proc.ProcSource;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
 * Runs a command exactly as given under the system's time (GNU or BSD, see {@link TimeTool}), which writes its report to a file of ours so it
 * never mixes with the workload's output. stdin, stdout and stderr are the workload's own (or,
 * with capture, copied through byte for byte). Signals strata receives go to the workload, which
 * is the child of {@code time}, not {@code time} (GNU time ignores INT and QUIT while it waits).
 */
public final class Launcher implements ProcessRunner {

    public static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final String[] FORWARDED = {"INT", "TERM", "HUP"};

    private final TimeTool time;

    public Launcher(Path timeBinary) {
        this(TimeTool.forSystem(timeBinary, System.getProperty("os.name")));
    }

    public Launcher(TimeTool time) {
        this.time = time;
    }

    public static Launcher withSystemTime() {
        return new Launcher(GNU_TIME);
    }

    public boolean hasTime() {
        return time.available();
    }

    @Override
    public Execution run(Launch req, StartListener onStart) throws IOException {
        List<String> warnings = new ArrayList<>();
        Path report = ScratchFiles.timeReport();
        try {
            List<String> argv = new ArrayList<>();
            if (hasTime()) {
                argv.addAll(time.arguments(report));
            } else {
                warnings.add(time.name() + " not found at " + time.binary() + ": metrics come from sampling the process tree");
            }
            argv.addAll(req.command());
            ProcessBuilder pb = new ProcessBuilder(argv).directory(req.cwd().toFile()).inheritIO();
            pb.environment().putAll(req.extraEnv());
            boolean capture = req.captureBytes() > 0;
            if (capture) {
                pb.redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE);
            }

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
            SamplerThread sampler = null;
            TreeSampler.Result sampled = null;
            OutputCapture out = null;
            OutputCapture err = null;
            List<Thread> pumps = new ArrayList<>();
            long ended = 0;
            try {
                p = pb.start();
                if (capture) {
                    out = new OutputCapture(p.getInputStream(), new FileOutputStream(FileDescriptor.out),
                            req.captureDir().resolve("stdout.txt"), req.captureBytes());
                    err = new OutputCapture(p.getErrorStream(), new FileOutputStream(FileDescriptor.err),
                            req.captureDir().resolve("stderr.txt"), req.captureBytes());
                    for (OutputCapture c : List.of(out, err)) {
                        Thread t = new Thread(c, "strata-capture");
                        t.start();
                        pumps.add(t);
                    }
                }
                workload = hasTime() ? findChild(p) : Long.valueOf(p.pid());
                forwarder.target(workload != null ? workload : p.pid());
                if (workload != null && req.sampleIntervalMillis() > 0 && ProcSource.available()) {
                    sampler = new SamplerThread(workload, req.sampleIntervalMillis(), t0);
                }
                if (workload != null) {
                    try {
                        onStart.started(workload);
                    } catch (RuntimeException e) {
                        warnings.add("on workload start: " + e.getMessage());
                    }
                }
                if (req.timeout() != null && !p.waitFor(req.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut = true;
                    endTree(p, workload, req.killGrace());
                }
                p.waitFor();
                ended = System.nanoTime();
                for (Thread t : pumps) {
                    t.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (p != null) {
                    p.destroyForcibly();
                }
            } finally {
                if (sampler != null) {
                    sampled = sampler.stopAndCollect();
                }
                previous.forEach((name, h) -> Signal.handle(new Signal(name), h));
            }
            // the workload's life ends when it is reaped, not when the pumps and the sampler are done
            long t1 = ended != 0 ? ended : System.nanoTime();
            Instant endedAt = Instant.now();

            TimeReport tr;
            if (hasTime()) {
                String text = Files.readString(report, StandardCharsets.UTF_8);
                try {
                    tr = time.parse(text, p.exitValue());
                } catch (IllegalArgumentException e) {
                    warnings.add("time wrote no report (" + e.getMessage() + ")");
                    tr = new TimeReport(null, p.exitValue(), null);
                }
            } else {
                int code = p.exitValue();
                tr = code > 128 ? new TimeReport(null, null, code - 128) : new TimeReport(null, code, null);
            }
            Path stdout = null;
            Path stderr = null;
            if (capture) {
                out.save();
                err.save();
                stdout = req.captureDir().resolve("stdout.txt");
                stderr = req.captureDir().resolve("stderr.txt");
            }
            int sig = forwarder.received();
            return new Execution(startedAt, endedAt, WallClock.workloadSeconds((t1 - t0) / 1e9, tr), tr, workload, sig == 0 ? null : sig, timedOut,
                    sampled, stdout, stderr, warnings);
        } finally {
            ScratchFiles.release(report);
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
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
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
}
