package dev.strata.cli;

import dev.strata.record.RunRecord;
import dev.strata.summary.SuiteSummary;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** strata suite run with the real collector, GNU time and a Git store. */
class SuiteRunCommandTest {

    @TempDir
    Path dir;

    private Path suite(String yaml) throws Exception {
        Path f = dir.resolve("perf.suite.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void threeSizesTimesFourRepetitionsPlusAWarmupAreExactly15Runs() throws Exception {
        Path f = suite("""
                name: sweep
                processes:
                  - name: sized
                    params: {n: [10, 20, 30]}
                    repetitions: 4
                    warmups: 1
                    command: [sh, -c, "test $0 -gt 0", "{n}"]
                """);
        Path store = dir.resolve("store");
        Strata.Result r = Strata.run("suite", "run", f.toString(), "--store", store.toString(), "--repo", dir.toString(),
                "--tag", "v9");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<RunRecord> runs = Strata.runs(store);
        assertThat(runs).hasSize(15);
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.process()).isEqualTo("sized");
            assertThat(run.suite()).isEqualTo("sweep");
            assertThat(run.tag()).isEqualTo("v9");
            assertThat(run.status().name()).isEqualTo("OK");
            assertThat(run.command()).containsExactly("sh", "-c", "test $0 -gt 0", run.params().get("n").toString());
        });
        Map<Object, List<RunRecord>> bySize = runs.stream().collect(Collectors.groupingBy(run -> run.params().get("n")));
        assertThat(bySize.keySet()).containsExactlyInAnyOrder(10L, 20L, 30L);
        Set<String> batches = runs.stream().map(run -> run.repetition().batch()).collect(Collectors.toSet());
        assertThat(batches).hasSize(3);
        bySize.forEach((n, group) -> {
            assertThat(group).hasSize(5);
            assertThat(group.stream().map(run -> run.repetition().batch()).distinct()).hasSize(1);
            assertThat(group).filteredOn(run -> run.repetition().warmup())
                    .extracting(run -> run.repetition().index() + "/" + run.repetition().of()).containsExactly("1/1");
            assertThat(group).filteredOn(run -> !run.repetition().warmup())
                    .extracting(run -> run.repetition().index() + "/" + run.repetition().of())
                    .containsExactlyInAnyOrder("1/4", "2/4", "3/4", "4/4");
        });
        // one commit per batch
        assertThat(Git.ok(store, "rev-list", "--count", "main").trim()).isEqualTo("3");
        assertThat(r.out()).contains("sized n=10", "sized n=30").contains("scaling");
    }

    /*
     * The fit is checked on CPU time (user + system), the work itself: on a shared machine wall time
     * also holds the wait for a core and the start of each process, a constant that flattens the
     * curve at small sizes. Wall time's exponent is printed beside it.
     */
    @Test
    void aQuadraticWorkloadFitsAnExponentWithin02Of2() throws Exception {
        Path f = suite("""
                processes:
                  - name: square
                    params: {n: [3000, 6000, 12000]}
                    repetitions: 3
                    warmups: 1
                    command: [awk, -v, "n={n}", "BEGIN { s = 0; for (i = 0; i < n; i++) for (j = 0; j < n; j++) s += i; print s }"]
                """);
        Path store = dir.resolve("store");
        Strata.Result r = Strata.run("suite", "run", f.toString(), "--store", store.toString(), "--repo", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        SuiteSummary s = SuiteSummary.of(Strata.runs(store));
        SuiteSummary.Scaling cpu = s.scaling().stream().filter(c -> c.metric().equals("cpu")).findFirst().orElseThrow();
        assertThat(cpu.fit().exponent()).as(r.out()).isCloseTo(2.0, within(0.2));
        assertThat(cpu.fit().low()).isLessThanOrEqualTo(cpu.fit().high());
        assertThat(cpu.fit().points()).isEqualTo(9);
        assertThat(r.out()).containsPattern("square +n +cpu +" + String.format(java.util.Locale.ROOT, "%.2f", cpu.fit().exponent()));
        assertThat(r.out()).containsPattern("square +n +wall +\\d\\.\\d\\d");
    }

    @Test
    void anInvalidSuiteRunsNothing() throws Exception {
        Path marker = dir.resolve("ran");
        Path f = suite("""
                processes:
                  - name: touch
                    command: [touch, "%s"]
                  - name: touch
                    command: [touch, "%s"]
                """.formatted(marker, marker));
        Path store = dir.resolve("store");
        Strata.Result r = Strata.run("suite", "run", f.toString(), "--store", store.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(f + ":4:11: duplicate process name 'touch' (first at line 2)\n");
        assertThat(marker).doesNotExist();
        assertThat(store).doesNotExist();
    }

    @Test
    void dryRunPrintsTheOrderAndRunsNothing() throws Exception {
        Path f = suite("""
                processes:
                  - name: a
                    params: {n: [1, 2]}
                    repetitions: 2
                    command: echo {n}
                """);
        Path store = dir.resolve("store");
        Strata.Result r = Strata.run("suite", "run", f.toString(), "--store", store.toString(), "--dry-run",
                "--order", "interleaved");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().map(l -> l.replaceAll("\\s+\\(in .*\\)$", "")).toList()).containsExactly(
                "   1  a n=1  repetition 1/2  echo 1",
                "   2  a n=2  repetition 1/2  echo 2",
                "   3  a n=1  repetition 2/2  echo 1",
                "   4  a n=2  repetition 2/2  echo 2",
                "4 runs in 2 batches; nothing ran (--dry-run)");
        assertThat(store).doesNotExist();
    }

    @Test
    void stoppedHalfWayKeepsFinishedBatchesAndReportsTheRest() throws Exception {
        Path f = suite("""
                processes:
                  - name: slow
                    params: {n: [1, 2, 3]}
                    repetitions: 2
                    command: [sleep, "0.5"]
                """);
        Path store = dir.resolve("store");
        Process p = Cli.builder(dir, "suite", "run", f.toString(), "--store", store.toString(), "--repo", dir.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (Strata.runs(store).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(130);
        List<RunRecord> runs = Strata.runs(store);
        // whole batches only: 2 runs per batch
        assertThat(runs.size() % 2).isZero();
        assertThat(runs.size()).isBetween(2, 4);
        assertThat(err).contains("strata suite: not run: slow n=3 (interrupted)");
        Git.ok(store, "fsck", "--strict");
    }
}
