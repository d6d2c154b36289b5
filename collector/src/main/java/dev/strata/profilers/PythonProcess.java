package dev.strata.profilers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the Python interpreter in a workload's tree. Right after start the workload may still be
 * a launcher ({@code python3} as a pyenv shim is a shell script that ends by exec-ing the real
 * interpreter; {@code uv run}, {@code poetry run} and shell scripts start it as a child), so
 * this waits until the workload or one of its descendants is Python.
 */
final class PythonProcess {

    private PythonProcess() {
    }

    /** The first Python process of the tree within {@code waitMillis}; empty if the tree ends first or none shows. */
    static Optional<Long> await(long root, long waitMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        do {
            Optional<ProcessHandle> h = ProcessHandle.of(root);
            if (h.isEmpty() || !h.get().isAlive()) {
                return Optional.empty();
            }
            List<Long> tree = new ArrayList<>();
            tree.add(root);
            h.get().descendants().forEach(d -> tree.add(d.pid()));
            for (long pid : tree) {
                if (isPython(pid)) {
                    return Optional.of(pid);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** The executable is an interpreter ({@code python3.11}, {@code pypy3}) or has libpython mapped. */
    static boolean isPython(long pid) {
        try {
            String exe = Files.readSymbolicLink(Path.of("/proc/" + pid + "/exe")).getFileName().toString();
            if (isInterpreterName(exe)) {
                return true;
            }
            try (var lines = Files.lines(Path.of("/proc/" + pid + "/maps"))) {
                return lines.anyMatch(l -> l.contains("/libpython"));
            }
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            return false;
        }
    }

    static boolean isInterpreterName(String file) {
        return file.matches("(python|pypy)[0-9.]*(-dbg|d|m)?");
    }
}
