package dev.strata.check;

import dev.strata.series.RunSummary;
import dev.strata.series.TestRuns;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSelectorTest {

    /** Commits 1..4 of "ingest" (2 runs each), commit 1 tagged v1.0; commit 5 exists in code but has no runs. */
    private final List<RunSummary> runs = new ArrayList<>();
    private final CodeRepo code = new CodeRepo() {
        final Map<String, String> revs = Map.of("HEAD", TestRuns.sha(4), "main~1", TestRuns.sha(3),
                "main~3", TestRuns.sha(1), "v9", TestRuns.sha(5));

        @Override
        public String resolve(String rev) {
            return revs.get(rev);
        }

        @Override
        public String where() {
            return "/code";
        }
    };

    RunSelectorTest() {
        for (int c = 1; c <= 4; c++) {
            for (int r = 0; r < 2; r++) {
                var b = TestRuns.run("ingest", c, 10 + c, 100);
                b.tag = c == 1 ? "v1.0" : null;
                runs.add(TestRuns.loaded(b, "f" + c + r));
            }
        }
    }

    @Test
    void currentFromHeadOrAShaPrefix() {
        RunSelector s = new RunSelector(runs, code);
        assertThat(s.current("HEAD").runs()).hasSize(2).allSatisfy(r -> assertThat(r.folder()).startsWith("f4"));
        assertThat(s.current("HEAD").label()).isEqualTo("HEAD (" + TestRuns.sha(4).substring(0, 10) + ")");
        assertThat(s.current(TestRuns.sha(2).substring(0, 12)).runs()).allSatisfy(r -> assertThat(r.folder()).startsWith("f2"));
    }

    @Test
    void baselineByTagShaRevisionAndLastN() {
        RunSelector s = new RunSelector(runs, code);
        Selection cur = s.current("HEAD");
        assertThat(s.baseline("v1.0", cur).runs()).allSatisfy(r -> assertThat(r.folder()).startsWith("f1"));
        assertThat(s.baseline("main~1", cur).runs()).allSatisfy(r -> assertThat(r.folder()).startsWith("f3"));
        assertThat(s.baseline(TestRuns.sha(2).substring(0, 40), cur).runs()).allSatisfy(r -> assertThat(r.folder()).startsWith("f2"));
        assertThat(s.baseline("last:2", cur).runs()).extracting(RunSummary::folder)
                .containsExactlyInAnyOrder("f20", "f21", "f30", "f31");
        assertThat(s.baseline("last:2", cur).label()).isEqualTo("last:2 (2 commits)");
    }

    @Test
    void namingNothingWithRunsIsADataErrorThatSaysWhich() {
        RunSelector s = new RunSelector(runs, code);
        Selection cur = s.current("HEAD");
        assertThatThrownBy(() -> s.baseline("v9", cur)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no runs for the baseline v9 (commit " + TestRuns.sha(5).substring(0, 10));
        assertThatThrownBy(() -> s.baseline("nope", cur)).hasMessageContaining("/code has no such revision");
        assertThatThrownBy(() -> s.baseline("HEAD", cur)).hasMessageContaining("is the current commit");
        assertThatThrownBy(() -> s.baseline("last:x", cur)).hasMessageContaining("expected last:N");
        assertThatThrownBy(() -> s.baseline("last:0", cur)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> s.baseline("last:3", s.current(TestRuns.sha(1).substring(0, 8))))
                .hasMessageContaining("nothing was measured before");
        assertThatThrownBy(() -> new RunSelector(runs, null).current("HEAD"))
                .hasMessageContaining("no Git repository here");
        assertThatThrownBy(() -> s.current("v9")).hasMessageContaining("no runs for the current commit");
        var x = TestRuns.run("ingest", 7, 1, 1);
        var y = TestRuns.run("ingest", 8, 1, 1);
        x.git = new dev.strata.record.GitInfo("abcd1" + "0".repeat(35), null, null, null, null, null, null);
        y.git = new dev.strata.record.GitInfo("abcd2" + "0".repeat(35), null, null, null, null, null, null);
        assertThatThrownBy(() -> new RunSelector(List.of(TestRuns.loaded(x, "x"), TestRuns.loaded(y, "y")), code)
                .current("abcd")).hasMessageContaining("'abcd' is ambiguous");
    }

    /** A clone whose history of v9 (commit 5) runs 5, 4 (current), 3, ...; shallow ones stop after {@code depth}. */
    private CodeRepo history(boolean shallow, int depth) {
        return new CodeRepo() {
            @Override
            public String resolve(String rev) {
                return rev.equals("gone") ? null : code.resolve(rev);
            }

            @Override
            public String where() {
                return "/code";
            }

            @Override
            public List<String> firstParents(String sha, int max) {
                List<String> out = new ArrayList<>();
                for (int c = 5; c >= 1 && out.size() < Math.min(max, depth); c--) {
                    out.add(TestRuns.sha(c));
                }
                return out;
            }

            @Override
            public boolean isShallow() {
                return shallow;
            }
        };
    }

    @Test
    void anUnmeasuredBranchTipStandsOnItsNearestMeasuredAncestor() {
        RunSelector s = new RunSelector(runs, history(false, 100));
        Selection b = s.baseline("v9", s.current("HEAD"));
        assertThat(b.runs()).allSatisfy(r -> assertThat(r.folder()).startsWith("f3"));
        assertThat(b.label()).isEqualTo("v9 (" + TestRuns.sha(3).substring(0, 10) + ", measured 2 commits before "
                + TestRuns.sha(5).substring(0, 10) + ")");
    }

    @Test
    void aShallowCloneThatLacksTheBaselineSaysHowToFetchIt() {
        RunSelector s = new RunSelector(runs, history(true, 2));
        Selection cur = s.current("HEAD");
        assertThatThrownBy(() -> s.baseline("v9", cur)).hasMessageContaining("nor for the 1 ancestors this shallow clone has")
                .hasMessageContaining("fetch-depth: 0");
        assertThatThrownBy(() -> s.baseline("gone", cur))
                .hasMessage("--baseline gone: no run has that tag or commit, and the shallow clone at /code lacks it: "
                        + RunSelector.SHALLOW_FIX);
    }
}
