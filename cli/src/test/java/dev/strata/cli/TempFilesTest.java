package dev.strata.cli;

import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strata run}'s temporary files ({@code strata-run-*}, {@code strata-time-*.txt}) do not pile up:
 * a run ended by a signal removes its own, and the next run removes those of runs killed outright.
 */
class TempFilesTest {

    @TempDir
    Path tmp;

    private ProcessBuilder strata(Path tmpDir, String... args) {
        List<String> cmd = new ArrayList<>(Git.javaCommand(Main.class, args));
        cmd.add(1, "-Djava.io.tmpdir=" + tmpDir);
        return new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private static List<String> leftovers(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("strata-")).sorted().toList();
        }
    }

    /** Waits until the run has made its temporary folder, i.e. the workload is running. */
    private static void awaitScratch(Path dir, Process p) throws Exception {
        for (int i = 0; i < 600 && leftovers(dir).stream().noneMatch(n -> n.startsWith("strata-run-" + p.pid())); i++) {
            Thread.sleep(50);
        }
        assertThat(leftovers(dir)).anyMatch(n -> n.startsWith("strata-run-" + p.pid() + "-"));
        Thread.sleep(300);
    }

    @Test
    void interruptedAndKilledRunsLeaveNothingBehindOnceTheNextRunIsDone() throws Exception {
        Path scratch = Files.createDirectories(tmp.resolve("t"));
        Path store = tmp.resolve("s");
        // what earlier versions and earlier killed runs left, and what a live process still uses
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.createDirectories(scratch.resolve("strata-run-" + dead.pid() + "-1234/output"));
        Files.writeString(scratch.resolve("strata-time-" + dead.pid() + "-99.txt"), "e=1");
        Files.writeString(scratch.resolve("strata-time-" + ProcessHandle.current().pid() + "-7.txt"), "in use");

        // Ctrl-C (SIGINT) and SIGTERM while the workload runs: the run ends, nothing is recorded, its files go
        for (String signal : new String[] {"INT", "TERM"}) {
            Process p = strata(scratch, "run", "--store", store.toString(), "--", "sleep", "30").start();
            awaitScratch(scratch, p);
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(leftovers(scratch)).noneMatch(n -> n.contains("-" + p.pid() + "-"));
        }
        // kill -9: nothing can clean up at once...
        Process killed = strata(scratch, "run", "--store", store.toString(), "--", "sleep", "30").start();
        awaitScratch(scratch, killed);
        new ProcessBuilder("kill", "-9", Long.toString(killed.pid())).start().waitFor();
        killed.waitFor(30, TimeUnit.SECONDS);
        assertThat(leftovers(scratch)).anyMatch(n -> n.startsWith("strata-run-" + killed.pid() + "-"));

        // ...the next run does
        Process next = strata(scratch, "run", "--store", store.toString(), "--name", "next", "--", "true").start();
        assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).isZero();
        assertThat(leftovers(scratch)).containsExactly("strata-time-" + ProcessHandle.current().pid() + "-7.txt");
    }
}
