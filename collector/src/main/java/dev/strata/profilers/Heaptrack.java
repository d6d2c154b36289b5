package dev.strata.profilers;

import dev.strata.measure.Launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Native heap memory with heaptrack, at its peak. Rather than putting the {@code heaptrack}
 * script in front of the command (it prints to the workload's stdout and would be the process
 * GNU time measures), the launch goes through {@code env} with heaptrack's preload library and
 * its pipe, as the script itself does, and heaptrack's interpreter reads the pipe on the side.
 * Only the workload process is traced (heaptrack does not follow children).
 */
public final class Heaptrack implements Profiler {

    static final String NAME = "heaptrack";

    /** The interpreter reading each run's pipe, by the run's profiler directory. */
    private final java.util.Map<Path, Process> interpreters = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.MEMORY;
    }

    /** heaptrack's libraries, found from its script the way the script finds them. */
    record Install(Path preload, Path interpret, Path print) {
    }

    static Install install() {
        var script = Tools.onPath("heaptrack");
        var print = Tools.onPath("heaptrack_print");
        if (script.isEmpty() || print.isEmpty()) {
            return null;
        }
        try {
            Path lib = script.get().toRealPath().getParent().resolve("../lib/heaptrack").normalize();
            Install i = new Install(lib.resolve("libheaptrack_preload.so"), lib.resolve("libexec/heaptrack_interpret"),
                    print.get());
            return Files.isRegularFile(i.preload()) && Files.isExecutable(i.interpret()) ? i : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public Availability availability(List<String> command) {
        if (install() == null) {
            return Availability.no("heaptrack is not installed (heaptrack, heaptrack_print and its preload library)",
                    "apt-get install heaptrack");
        }
        if (Tools.onPath("mkfifo").isEmpty() || Tools.onPath("env").isEmpty()) {
            return Availability.no("mkfifo or env is missing", "apt-get install coreutils");
        }
        return Availability.yes();
    }

    @Override
    public Launch wrap(Launch launch, Path dir) throws IOException {
        Install i = install();
        Path fifo = dir.resolve("heaptrack.fifo").toAbsolutePath();
        Tools.runToEnd("mkfifo", List.of("mkfifo", fifo.toString()), dir.resolve("mkfifo.log"), 10);
        // the shell, not this JVM, blocks opening the pipe until the workload opens its end
        Process interpreter = new ProcessBuilder("sh", "-c", "exec \"$1\" < \"$2\" > \"$3\"", "sh", i.interpret().toString(),
                fifo.toString(), dir.resolve("heaptrack.data").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("heaptrack-interpret.log").toFile()).start();
        interpreters.put(dir, interpreter);
        String preload = i.preload().toString();
        String existing = launch.extraEnv().getOrDefault("LD_PRELOAD", System.getenv("LD_PRELOAD"));
        List<String> argv = new ArrayList<>(List.of("env",
                "LD_PRELOAD=" + preload + (existing == null || existing.isEmpty() ? "" : ":" + existing),
                "DUMP_HEAPTRACK_OUTPUT=" + fifo));
        argv.addAll(launch.command());
        return launch.withCommand(argv);
    }

    @Override
    public ProfileOutput collect(Path dir) throws IOException {
        Path fifo = dir.resolve("heaptrack.fifo").toAbsolutePath();
        Process interpreter = interpreters.remove(dir);
        try {
            if (interpreter != null && !interpreter.waitFor(30, TimeUnit.SECONDS)) {
                // the workload never opened the pipe (a static or setuid binary): give the reader its end-of-file
                try (OutputStream unblock = Files.newOutputStream(fifo)) {
                    unblock.flush();
                }
                if (!interpreter.waitFor(10, TimeUnit.SECONDS)) {
                    interpreter.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while heaptrack finished");
        }
        Path data = dir.resolve("heaptrack.data");
        if (!Files.isRegularFile(data) || Files.size(data) == 0) {
            throw new IOException("heaptrack recorded nothing: the workload did not load its preload library"
                    + " (a statically linked or setuid program?)" + ToolProcess.lastLine(dir.resolve("heaptrack-interpret.log")));
        }
        Path raw = dir.resolve("heaptrack.raw.folded").toAbsolutePath();
        Tools.runToEnd("heaptrack_print", List.of(install().print().toString(), "-f", data.toAbsolutePath().toString(),
                        "--flamegraph-cost-type", "peak", "-F", raw.toString(), "--print-peaks", "0",
                        "--print-allocators", "0", "--print-temporary", "0", "--print-leaks", "0"),
                dir.resolve("heaptrack-print.log"), 600);
        // heaptrack_print ends each stack with "; " before the count
        List<String> out = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(raw, StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            String stack = line.substring(0, space).strip();
            while (stack.endsWith(";")) {
                stack = stack.substring(0, stack.length() - 1);
            }
            try {
                long n = Long.parseLong(line.substring(space + 1).trim());
                if (n > 0 && !stack.isEmpty()) {
                    out.add(stack + " " + n);
                    bytes += n;
                }
            } catch (NumberFormatException ignored) {
                // not a stack line
            }
        }
        Path folded = dir.resolve("heaptrack.folded");
        Files.write(folded, out, StandardCharsets.UTF_8);
        return ProfileOutput.folded(ProfileKind.MEMORY, folded, bytes, null, List.of());
    }
}
