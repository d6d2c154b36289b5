package dev.strata.run;

import dev.strata.context.ContextCapture;
import dev.strata.measure.Execution;
import dev.strata.measure.Launch;
import dev.strata.measure.ProcessRunner;
import dev.strata.measure.TimeReport;
import dev.strata.profilers.Attached;
import dev.strata.profilers.Availability;
import dev.strata.profilers.ProfileKind;
import dev.strata.profilers.ProfileOutput;
import dev.strata.profilers.Profiler;
import dev.strata.record.Metrics;
import dev.strata.record.RunStatus;
import dev.strata.store.RunFiles;
import dev.strata.store.Store;
import dev.strata.store.StoreLocation;
import dev.strata.store.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The run path's logic with a fake launcher, store and profilers: no process is started. */
class CollectorTest {

    @TempDir
    Path tmp;

    /** Pretends to run the command: reports pid 4242 to the listener and a clean exit. */
    static final class FakeRunner implements ProcessRunner {
        Launch seen;

        @Override
        public Execution run(Launch launch, StartListener onStart) {
            seen = launch;
            onStart.started(4242);
            Instant t = Instant.parse("2026-01-02T03:04:05Z");
            Metrics m = new Metrics(1.5, 1.0, 0.2, 80.0, 1L << 20, null, 0L, 10L, 1L, 1L, 0L, 0L, null, null,
                    Metrics.GNU_TIME);
            return new Execution(t, t.plusMillis(1500), 1.5, new TimeReport(m, 0, null), 4242L, null, false, null,
                    null, null, List.of());
        }
    }

    static final class MemoryStore implements Store {
        final List<RunFiles> written = new ArrayList<>();
        final Map<String, String> texts = new java.util.TreeMap<>();
        int published;
        boolean closed;

        @Override
        public StoredRun write(RunFiles run) {
            written.add(run);
            run.attachments().forEach((name, file) -> {
                try {
                    texts.put(name, Files.readString(file)); // the scratch copy goes once the run is stored
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return new StoredRun(run.process(), "x", "c0ffee");
        }

        @Override
        public List<StoredRun> writeAll(List<RunFiles> runs, String message) {
            return runs.stream().map(this::write).toList();
        }

        @Override
        public void publish() {
            published++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Wraps the launch with a variable and attaches; writes a folded profile of two stacks. */
    static class FakeProfiler implements Profiler {
        final List<Long> attachedTo = new ArrayList<>();

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public ProfileKind kind() {
            return ProfileKind.CPU;
        }

        @Override
        public Availability availability(List<String> command) {
            return Availability.yes();
        }

        @Override
        public Launch wrap(Launch launch, Path dir) {
            return launch.withEnv("FAKE_PROFILER_OUT", dir.toString());
        }

        @Override
        public Attached attach(long pid, Path dir) {
            attachedTo.add(pid);
            return Attached.NONE;
        }

        @Override
        public ProfileOutput collect(Path dir) throws IOException {
            Path f = Files.writeString(dir.resolve("out.folded"), "main;work;hot 90\nmain;work;cold 10\n");
            return ProfileOutput.folded(ProfileKind.CPU, f, 100L, 4242L, List.of());
        }
    }

    static final class MissingProfiler extends FakeProfilerBase {
        @Override
        public Availability availability(List<String> command) {
            return Availability.no("tool 'nope' not found on PATH", "apt-get install nope");
        }
    }

    abstract static class FakeProfilerBase implements Profiler {
        @Override
        public String name() {
            return "nope";
        }

        @Override
        public ProfileKind kind() {
            return ProfileKind.CPU;
        }

        @Override
        public ProfileOutput collect(Path dir) {
            throw new AssertionError("an unavailable profiler is never asked for its profile");
        }
    }

    private Collector collector(FakeRunner runner, MemoryStore store, List<String> warnings) {
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"));
        return new Collector(runner, new ContextCapture(env), (where, push) -> store, env, warnings::add);
    }

    @Test
    void profilersWrapAttachAndLandInTheRunFolder() throws Exception {
        FakeRunner runner = new FakeRunner();
        MemoryStore store = new MemoryStore();
        FakeProfiler fake = new FakeProfiler();
        List<String> warnings = new ArrayList<>();
        RunRequest req = RunRequest.builder(List.of("true"), tmp).name("demo").tag("v1")
                .profilers(List.of(fake, new MissingProfiler())).store(new StoreLocation(tmp.resolve("s"), null))
                .timeout(Duration.ofMinutes(1)).build();

        RunOutcome o = collector(runner, store, warnings).run(req);

        assertThat(runner.seen.extraEnv()).containsKey("FAKE_PROFILER_OUT").containsKey("STRATA_METRICS_FILE");
        assertThat(fake.attachedTo).containsExactly(4242L);
        assertThat(o.record().status()).isEqualTo(RunStatus.OK);
        assertThat(o.record().tag()).isEqualTo("v1");
        assertThat(o.record().profiles()).singleElement().satisfies(p -> {
            assertThat(p.profiler()).isEqualTo("fake");
            assertThat(p.format()).isEqualTo("folded");
            assertThat(p.file()).isEqualTo("profiles/fake.folded");
            assertThat(p.flamegraph()).isEqualTo("flamegraphs/fake.svg");
            assertThat(p.samples()).isEqualTo(100L);
        });
        assertThat(o.record().warnings()).anyMatch(w -> w.contains("profiler nope cannot run")
                && w.contains("not found on PATH") && w.contains("fix: apt-get install nope"));
        RunFiles files = store.written.get(0);
        assertThat(files.attachments()).containsOnlyKeys("profiles/fake.folded", "profiles/fake.speedscope.json",
                "flamegraphs/fake.svg");
        assertThat(store.texts.get("flamegraphs/fake.svg")).contains("<svg").contains("hot");
        assertThat(store.published).isEqualTo(1);
        assertThat(store.closed).isTrue();
    }

    @Test
    void aProfilerThatFailsLeavesAWarningAndTheRunIsKept() throws Exception {
        FakeRunner runner = new FakeRunner();
        MemoryStore store = new MemoryStore();
        List<String> warnings = new ArrayList<>();
        Profiler broken = new FakeProfiler() {
            @Override
            public ProfileOutput collect(Path dir) throws IOException {
                throw new IOException("py-spy exited with status 1: Permission denied");
            }
        };
        RunOutcome o = collector(runner, store, warnings).run(RunRequest.builder(List.of("true"), tmp)
                .profilers(List.of(broken)).store(new StoreLocation(tmp.resolve("s"), null)).build());
        assertThat(o.record()).isNotNull();
        assertThat(o.record().profiles()).isNull();
        assertThat(o.record().warnings()).anyMatch(w -> w.contains("fake wrote no profile: py-spy exited"));
        assertThat(store.written).hasSize(1);
    }

    @Test
    void measureLeavesTheCommitToTheCaller() throws Exception {
        FakeRunner runner = new FakeRunner();
        MemoryStore store = new MemoryStore();
        try (MeasuredRun m = collector(runner, store, new ArrayList<>()).measure(
                RunRequest.builder(List.of("true"), tmp).name("rep").suite("nightly")
                        .repetition(new dev.strata.record.Repetition("b1", 2, 5, false)).build())) {
            assertThat(m.record().suite()).isEqualTo("nightly");
            assertThat(m.record().repetition().index()).isEqualTo(2);
            assertThat(m.files().process()).isEqualTo("rep");
        }
        assertThat(store.written).isEmpty();
    }
}
