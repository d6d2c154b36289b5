package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;
import dev.strata.flame.FoldedWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Native CPU time of anything with Linux perf, attached to the workload's PID: {@code perf record}
 * with call graphs ({@code dwarf} by default, so stacks are whole where frame pointers are
 * missing; {@code callgraph=fp} is lighter), then {@code perf script} read by strata's own
 * parser. Options: {@code rate=N} (default 99 a second), {@code callgraph=dwarf|fp|lbr},
 * {@code event=E} (default {@code task-clock}, a software event that exists where no hardware
 * counters do, as in most virtual machines).
 */
public final class Perf implements Profiler {

    static final String NAME = "perf";

    private final int rate;
    private final String callGraph;
    private final String event;
    /** The PID attached to, by the run's profiler directory. */
    private final java.util.Map<Path, Long> targets = new java.util.concurrent.ConcurrentHashMap<>();

    public Perf(int rate, String callGraph, String event) {
        if (rate < 1 || rate > 100_000) {
            throw new IllegalArgumentException("perf rate must be 1 to 100000 samples a second, not " + rate);
        }
        if (!List.of("dwarf", "fp", "lbr").contains(callGraph)) {
            throw new IllegalArgumentException("perf callgraph must be dwarf, fp or lbr, not '" + callGraph + "'");
        }
        if (!event.matches("[A-Za-z0-9_:./-]+")) {
            throw new IllegalArgumentException("perf event '" + event + "' is not an event name");
        }
        this.rate = rate;
        this.callGraph = callGraph;
        this.event = event;
    }

    public static Perf defaults() {
        return new Perf(99, "dwarf", "task-clock");
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
        if (Tools.onPath("perf").isEmpty()) {
            return Availability.no("perf is not installed (not found on PATH)",
                    "apt-get install linux-perf (Debian) or linux-tools-$(uname -r) (Ubuntu)");
        }
        Integer paranoid = Tools.sysctl("/proc/sys/kernel/perf_event_paranoid");
        // 2 (the kernel's default) still lets a user profile the user-space of their own processes
        if (paranoid != null && paranoid > 2 && !Tools.isRoot()) {
            return Availability.no("kernel.perf_event_paranoid is " + paranoid + ": perf may not profile any process",
                    "sudo sysctl kernel.perf_event_paranoid=1, or run strata as root");
        }
        return Availability.yes();
    }

    @Override
    public Attached attach(long workloadPid, Path dir) {
        targets.put(dir, workloadPid);
        return ToolProcess.start(NAME, List.of(Tools.onPath("perf").orElseThrow().toString(), "record",
                "-e", event, "-F", Integer.toString(rate), "--call-graph", callGraph, "-p", Long.toString(workloadPid),
                "-o", dir.resolve("perf.data").toAbsolutePath().toString()), dir.resolve("perf-record.log"));
    }

    @Override
    public ProfileOutput collect(Path dir) throws IOException {
        Path data = dir.resolve("perf.data").toAbsolutePath();
        if (!Files.isRegularFile(data)) {
            throw new IOException("perf wrote no data" + ToolProcess.lastLine(dir.resolve("perf-record.log")));
        }
        Path script = dir.resolve("perf.script").toAbsolutePath();
        List<String> argv = new ArrayList<>(List.of(Tools.onPath("perf").orElseThrow().toString(), "script",
                "-i", data.toString()));
        Tools.runToEnd("perf script", argv, script, dir.resolve("perf-script.log"), 600);
        FoldedStacks stacks;
        try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            stacks = PerfScriptToFolded.convert(in);
        }
        Path folded = dir.resolve("perf.folded");
        try (OutputStream out = Files.newOutputStream(folded)) {
            FoldedWriter.write(stacks, 0, out);
        }
        return ProfileOutput.folded(ProfileKind.CPU, folded, Math.round(stacks.totalSamples(0)), targets.remove(dir), List.of());
    }
}
