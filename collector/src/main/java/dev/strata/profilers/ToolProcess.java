package dev.strata.profilers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A profiler's own process attached to the workload (py-spy, perf, a user's command). Its output
 * goes to a log file, never into the workload's; a non-zero exit becomes a warning quoting the
 * log's last line. It may be started a little later, once the process worth attaching to exists.
 */
final class ToolProcess implements Attached {

    private final String tool;
    private final Path log;
    private final Thread starter;
    private volatile Process process;
    private volatile String notStarted;

    /** How often a tool that gave up at once on a target not ready yet is started again. */
    static final int EARLY_ATTEMPTS = 5;
    private static final long EARLY_EXIT_MILLIS = 1500;

    private ToolProcess(String tool, Path log, Callable<List<String>> argv, String tooEarly) {
        this.tool = tool;
        this.log = log;
        this.starter = new Thread(() -> {
            try {
                for (int attempt = 1; attempt <= EARLY_ATTEMPTS; attempt++) {
                    List<String> cmd = argv.call();
                    if (cmd == null) {
                        return; // the preparation said why in a warning of its own
                    }
                    process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                    if (tooEarly == null || attempt == EARLY_ATTEMPTS || !endedTooEarly(process, tooEarly)) {
                        break;
                    }
                    Thread.sleep(50L * attempt);
                }
            } catch (Exception e) {
                notStarted = tool + " did not start: " + e.getMessage();
            }
            if (process == null && notStarted == null) {
                notStarted = tool + " did not start";
            }
        }, "strata-" + tool);
        starter.setDaemon(true);
    }

    /** Starts {@code argv} now. */
    static ToolProcess start(String tool, List<String> argv, Path log) {
        ToolProcess t = new ToolProcess(tool, log, () -> argv, null);
        t.starter.run();
        return t;
    }

    /** Starts on a thread of its own once {@code prepare} returns the command (null: do not start). */
    static ToolProcess startWhen(String tool, Callable<List<String>> prepare, Path log) {
        return startWhen(tool, prepare, log, null);
    }

    /**
     * As {@link #startWhen(String, Callable, Path)}; a tool that fails at once saying {@code tooEarly}
     * (an interpreter that has exec'd but not yet set itself up looks like no interpreter at all)
     * is prepared and started again, a few times, while the workload lives.
     */
    static ToolProcess startWhen(String tool, Callable<List<String>> prepare, Path log, String tooEarly) {
        ToolProcess t = new ToolProcess(tool, log, prepare, tooEarly);
        t.starter.start();
        return t;
    }

    private boolean endedTooEarly(Process p, String tooEarly) throws InterruptedException, IOException {
        if (!p.waitFor(EARLY_EXIT_MILLIS, TimeUnit.MILLISECONDS) || p.exitValue() == 0) {
            return false;
        }
        return Files.readString(log, StandardCharsets.UTF_8).contains(tooEarly);
    }

    @Override
    public boolean failed() {
        return process == null;
    }

    @Override
    public List<Long> helperPids() {
        Process p = process;
        if (p == null) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        pids.add(p.pid());
        p.descendants().forEach(h -> pids.add(h.pid()));
        return pids;
    }

    @Override
    public List<String> stop(Duration grace) {
        List<String> warnings = new ArrayList<>();
        try {
            starter.join(grace.toMillis());
            Process p = process;
            if (p == null) {
                if (notStarted != null) {
                    warnings.add(notStarted);
                }
                return warnings;
            }
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                // still attached although the workload ended: ask it to write what it has, then insist
                new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
                warnings.add(tool + " did not end with the workload and was stopped");
            }
            if (p.exitValue() != 0) {
                warnings.add(tool + " exited with status " + p.exitValue() + lastLine());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Process p = process;
            if (p != null) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            warnings.add("could not stop " + tool + ": " + e.getMessage());
        }
        return warnings;
    }

    /** ": <the last non-blank line the tool wrote>", or nothing. */
    String lastLine() {
        return lastLine(log);
    }

    /** The tool's own error line when it wrote one (a backtrace may follow it), else its last line. */
    static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String l = lines.get(i).strip();
                if (l.regionMatches(true, 0, "error", 0, 5)) {
                    return ": " + l;
                }
            }
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return ": " + lines.get(i).strip();
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // no log to quote
        }
        return "";
    }
}
