package dev.strata.profilers;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finding and running the external tools profilers depend on. */
final class Tools {

    private Tools() {
    }

    /** The program on PATH, as a shell would find it. */
    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir).resolve(program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs a short helper command to its end; its output goes to {@code log}. Throws with the log's last line on failure. */
    static void runToEnd(String what, List<String> argv, Path log, long timeoutSeconds) throws IOException {
        runToEnd(what, argv, log, log, timeoutSeconds);
    }

    /** Like {@link #runToEnd(String, List, Path, long)}, its standard output to {@code stdout}. */
    static void runToEnd(String what, List<String> argv, Path stdout, Path log, long timeoutSeconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (stdout.equals(log)) {
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        } else {
            pb.redirectOutput(stdout.toFile()).redirectError(log.toFile());
        }
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(what + " did not finish within " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException(what + " was interrupted");
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + " exited with status " + p.exitValue() + ToolProcess.lastLine(log));
        }
    }

    /** A small integer from a /proc/sys file, or null when there is none. */
    static Integer sysctl(String path) {
        try {
            return Integer.parseInt(Files.readString(Path.of(path), StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0"); // the effective uid
                }
            }
        } catch (IOException e) {
            // not Linux: assume not
        }
        return false;
    }

    /** Null when this process may ptrace a sibling process of the same user here; else why not. */
    static Availability ptrace(String tool) {
        Integer scope = sysctl("/proc/sys/kernel/yama/ptrace_scope");
        if (scope == null || scope == 0 || isRoot() && scope < 3) {
            return null;
        }
        if (scope >= 3) {
            return Availability.no("kernel.yama.ptrace_scope is 3: no process may attach to another, so " + tool
                    + " cannot attach", "reboot with ptrace_scope below 3 (it cannot be lowered at run time)");
        }
        return Availability.no("kernel.yama.ptrace_scope is " + scope + ": only root may attach to a process it did"
                        + " not start, so " + tool + " cannot attach",
                "sudo sysctl kernel.yama.ptrace_scope=0, or run strata as root");
    }
}
