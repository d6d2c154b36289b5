package dev.strata.profilers;

import dev.strata.measure.Launcher;
import dev.strata.record.Profile;
import dev.strata.record.RunRecord;
import dev.strata.run.Collector;
import dev.strata.run.MeasuredRun;
import dev.strata.run.RunRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs real workloads through the real run path with a real profiler, and reads what it left. */
final class RealRuns {

    /** The record and the text of the profile's files, read before the scratch directory goes. */
    record Result(RunRecord record, Profile profile, String folded, String svg, String speedscope, List<String> warnings) {
    }

    private RealRuns() {
    }

    /** Copies a test workload next to the test. */
    static Path resource(String name, Path dir) throws IOException {
        try (InputStream in = RealRuns.class.getResourceAsStream("/profilers/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    /** Compiles a test C program with debug information, as a user's build would. */
    static Path compile(String source, Path dir) throws Exception {
        Path c = resource(source, dir);
        Path exe = dir.resolve(source.replace(".c", ""));
        Process p = new ProcessBuilder("gcc", "-O1", "-g", "-fno-omit-frame-pointer", "-o", exe.toString(), c.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("gcc (apt-get install gcc): " + out).isZero();
        return exe;
    }

    static void assertUsable(Profiler p, List<String> command) {
        Availability a = p.availability(command);
        assertThat(a.usable()).as(p.name() + " must be able to run here: " + a.message()).isTrue();
    }

    static Result run(Profiler profiler, List<String> command, Path cwd) throws IOException {
        List<String> warnings = new ArrayList<>();
        Collector c = new Collector(Launcher.withSystemTime(), System.getenv(), warnings::add);
        RunRequest req = RunRequest.builder(command, cwd).name("profiled").profilers(List.of(profiler)).build();
        try (MeasuredRun m = c.measure(req)) {
            assertThat(m.record()).as(m.message()).isNotNull();
            Profile p = m.record().profiles() == null ? null : m.record().profiles().get(0);
            Map<String, Path> files = m.files().attachments();
            return new Result(m.record(), p, text(files, p == null ? null : p.file()),
                    text(files, p == null ? null : p.flamegraph()),
                    text(files, "profiles/" + profiler.name() + ".speedscope.json"), warnings);
        }
    }

    private static String text(Map<String, Path> files, String name) throws IOException {
        Path p = name == null ? null : files.get(name);
        return p == null ? null : Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The share of all weight in stacks that hold a frame matching {@code frame}. */
    static double share(String folded, Predicate<String> frame) {
        double total = 0;
        double hit = 0;
        for (String line : folded.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            double n = Double.parseDouble(line.substring(space + 1).trim());
            total += n;
            for (String f : line.substring(0, space).split(";")) {
                if (frame.test(f)) {
                    hit += n;
                    break;
                }
            }
        }
        return total == 0 ? 0 : hit / total;
    }
}
