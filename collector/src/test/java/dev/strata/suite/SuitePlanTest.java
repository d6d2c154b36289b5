package dev.strata.suite;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SuitePlanTest {

    private static List<Batch> plan(SuitePlan.Overrides o) throws IOException {
        SuiteReader.Result r = SuiteReaderTest.read("good.yaml");
        AtomicInteger ids = new AtomicInteger();
        return SuitePlan.of(r.suite(), "cellkit", Path.of("/work/suite"), o, () -> "b" + ids.incrementAndGet());
    }

    @Test
    void expandsTheSweepMergesDefaultsAndFillsInPlaceholders() throws IOException {
        List<Batch> batches = plan(SuitePlan.Overrides.NONE);
        assertThat(batches).extracting(Batch::label).containsExactly(
                "ingest size=1000", "ingest size=2000", "ingest size=4000", "query");
        Batch b = batches.get(1);
        assertThat(b.id()).isEqualTo("b2");
        assertThat(b.params()).isEqualTo(Map.of("size", 2000L));
        assertThat(b.command()).containsExactly("python3", "ingest.py", "--cells", "2000", "--out", "out dir/2000");
        assertThat(b.env()).containsEntry("OMP_NUM_THREADS", "1").containsEntry("CELLS", "2000");
        assertThat(b.cwd()).isEqualTo(Path.of("/work/suite"));
        assertThat(b.tag()).isEqualTo("v1.15");
        assertThat(b.timeout()).hasMinutes(10);
        // 1 warm-up, 4 timed, then the profiled extra run recorded as a second warm-up
        assertThat(b.runs()).extracting(r -> (r.warmup() ? "w" : "t") + r.index() + "/" + r.of() + (r.profiled() ? "p" : ""))
                .containsExactly("w1/2", "t1/4", "t2/4", "t3/4", "t4/4", "w2/2p");
        Batch q = batches.get(3);
        assertThat(q.runs()).extracting(PlannedRun::warmup).containsExactly(false, false);
        assertThat(q.params()).isEmpty();
    }

    @Test
    void commandLineOverridesFilterRepetitionsAndTag() throws IOException {
        List<Batch> batches = plan(new SuitePlan.Overrides(List.of("ing*"), 2, "v2", Map.of("size", List.of(10L, 20L)), false));
        assertThat(batches).extracting(Batch::label).containsExactly("ingest size=10", "ingest size=20");
        assertThat(batches).allSatisfy(b -> {
            assertThat(b.tag()).isEqualTo("v2");
            assertThat(b.timedRuns()).isEqualTo(2);
            assertThat(b.profilers()).isEmpty();
            assertThat(b.runs()).noneMatch(PlannedRun::profiled);
        });
        assertThatThrownBy(() -> plan(new SuitePlan.Overrides(List.of("nope*"), null, null, Map.of(), true)))
                .hasMessage("--filter 'nope*' matches no process of the suite");
        assertThatThrownBy(() -> plan(new SuitePlan.Overrides(List.of(), null, null, Map.of("sise", List.of(1L)), true)))
                .hasMessage("--param sise: no process of the suite has this parameter (they have: size)");
    }

    @Test
    void interleavedGoesRoundByRoundAndKeepsWarmupsFirst() throws IOException {
        List<Batch> batches = plan(SuitePlan.Overrides.NONE);
        List<PlannedRun> order = Order.INTERLEAVED.schedule(batches, 0);
        List<String> head = order.stream().limit(8).map(r -> r.batch() + (r.warmup() ? "w" : "t") + r.index()).toList();
        assertThat(head).containsExactly("0w1", "1w1", "2w1", "0t1", "1t1", "2t1", "3t1", "0t2");
    }

    @Property(tries = 200)
    void everyOrderRunsEveryPlannedRunOnceWithWarmupsBeforeTimedRuns(@ForAll @IntRange(min = 1, max = 6) int processes,
                                                                      @ForAll @IntRange(min = 0, max = 3) int warmups,
                                                                      @ForAll @IntRange(min = 1, max = 8) int reps,
                                                                      @ForAll @LongRange long seed) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> orders(processes, warmups, reps, seed));
    }

    private static void orders(int processes, int warmups, int reps, long seed) {
        List<Batch> batches = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            batches.add(new Batch("b" + i, "p" + i, Map.of(), "s", null, null, null, null, List.of("true"), Path.of("/"),
                    Map.of(), null, null, null, List.of("perf"), List.of(), null,
                    SuitePlan.runs(i, warmups, reps, i % 2 == 0, ProfileOn.EXTRA)));
        }
        for (Order o : Order.values()) {
            List<PlannedRun> order = o.schedule(batches, seed);
            assertThat(order).containsExactlyInAnyOrderElementsOf(batches.stream().flatMap(b -> b.runs().stream()).toList());
            Map<Integer, Boolean> timedSeen = new HashMap<>();
            for (PlannedRun r : order) {
                if (r.warmup() && !r.profiled()) {
                    assertThat(timedSeen.getOrDefault(r.batch(), false)).as("warm-up after a timed run").isFalse();
                } else if (!r.warmup()) {
                    timedSeen.put(r.batch(), true);
                }
            }
        }
    }

    @Property(tries = 500)
    void splittingWordsRejectsOrSplitsNeverCrashes(@ForAll String line) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                Words.split(line);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).startsWith("unclosed");
            }
        });
    }

    @Property(tries = 300)
    void quotedWordsSplitBackToThemselves(@ForAll List<@net.jqwik.api.constraints.StringLength(max = 12) String> words) {
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            line.append(" '").append(w.replace("'", "'\\''")).append("' ");
        }
        assertThat(Words.split(line.toString()).words()).isEqualTo(words);
    }
}
