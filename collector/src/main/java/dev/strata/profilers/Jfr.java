package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;
import dev.strata.flame.FoldedWriter;
import dev.strata.flame.Palette;
import dev.strata.measure.Launch;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM CPU time with the JDK's own Flight Recorder: {@code JAVA_TOOL_OPTIONS} starts a recording
 * with the profiling settings in every JVM the workload starts (each JVM prints one "Picked up
 * JAVA_TOOL_OPTIONS" line to stderr: the JVM's doing, not ours), and its execution samples become
 * folded stacks, read with the JDK's own reader.
 */
public final class Jfr implements Profiler {

    static final String NAME = "jfr";

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
        if (Tools.onPath("java").isEmpty()) {
            return Availability.no("no java on PATH: the JVM's Flight Recorder comes with it",
                    "install a JDK 11 or newer (apt-get install openjdk-17-jdk-headless)");
        }
        return Availability.yes();
    }

    @Override
    public Launch wrap(Launch launch, Path dir) {
        Path out = dir.resolve("recording.jfr").toAbsolutePath();
        String existing = launch.extraEnv().getOrDefault("JAVA_TOOL_OPTIONS", System.getenv("JAVA_TOOL_OPTIONS"));
        // JFR announces its recording on stdout, which is the workload's: not there
        String opt = "-Xlog:jfr+startup=off -XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + out;
        return launch.withEnv("JAVA_TOOL_OPTIONS", existing == null || existing.isBlank() ? opt : existing + " " + opt);
    }

    @Override
    public ProfileOutput collect(Path dir) throws IOException {
        Path rec = dir.resolve("recording.jfr");
        if (!Files.isRegularFile(rec)) {
            throw new IOException("no JVM wrote a flight recording: did the command start Java?");
        }
        FoldedStacks stacks = new FoldedStacks(1);
        for (RecordedEvent e : RecordingFile.readAllEvents(rec)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            List<String> stack = new ArrayList<>(frames.size());
            for (int i = frames.size() - 1; i >= 0; i--) {
                RecordedFrame f = frames.get(i);
                stack.add((f.getMethod().getType().getName() + "." + f.getMethod().getName()).replace(';', ':'));
            }
            stacks.add(0, stack, 1);
        }
        Path folded = dir.resolve("jfr.folded");
        try (OutputStream out = Files.newOutputStream(folded)) {
            FoldedWriter.write(stacks, 0, out);
        }
        return new ProfileOutput(ProfileKind.CPU, folded, null, null, Math.round(stacks.totalSamples(0)), null,
                Palette.JAVA, List.of());
    }
}
