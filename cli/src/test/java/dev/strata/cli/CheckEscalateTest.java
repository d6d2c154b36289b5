package dev.strata.cli;

import dev.strata.record.RunRecord;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strata check --escalate} on real runs: a function got slower at the second commit; the
 * gate re-runs the regressed process with py-spy, commits that run, and diffs its flamegraph
 * against the nearest earlier profiled run, in every report.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CheckEscalateTest {

    @TempDir
    Path tmp;

    private static final String WORK = """
            def steady(n):
                s = 0
                for i in range(n):
                    s += i %% 7
                return s


            def slow_part(n):
                s = 0
                for i in range(n):
                    s += i * i %% 11
                return s


            for _ in range(20):
                steady(400000)
                slow_part(%d)
            """;

    @Test
    void aRegressionIsProfiledAgainAndDiffedAgainstTheEarlierProfile() throws Exception {
        Path code = Files.createDirectories(tmp.resolve("code"));
        Path store = tmp.resolve("store");
        Git.ok(code, "init", "-q", "-b", "main");
        int[] slow = {8000, 300000};
        for (int c = 0; c < slow.length; c++) {
            Files.writeString(code.resolve("work.py"), String.format(Locale.ROOT, WORK, slow[c]));
            Git.ok(code, "add", "work.py");
            Git.ok(code, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "commit " + c);
            for (int rep = 0; rep < 4; rep++) {
                Strata.Result r = Strata.run("run", "--store", store.toString(), "--repo", code.toString(),
                        "--name", "work", "--profile", "py-spy:rate=250",
                        "--", "python3", code.resolve("work.py").toString());
                assertThat(r.exitCode()).as(r.err()).isZero();
            }
        }
        Path md = tmp.resolve("check.md");
        Path junit = tmp.resolve("check.xml");
        Path dir = tmp.resolve("escalation");
        Strata.Result check = Strata.run("check", "--store", store.toString(), "--repo", code.toString(),
                "--metric", "userSeconds", "--escalate", "--escalate-dir", dir.toString(), "--markdown", md.toString(),
                "--junit", junit.toString());

        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        Matcher m = Pattern.compile("profile: work: re-ran with py-spy as (work/\\S+); diff flamegraph against"
                + " (work/\\S+): (\\S+\\.diff\\.svg)").matcher(check.out());
        assertThat(m.find()).as(check.out()).isTrue();
        assertThat(Strata.runs(store)).hasSize(9);
        RunRecord rerun = record(store, m.group(1));
        assertThat(rerun.description()).contains("strata check --escalate");
        assertThat(rerun.profiles()).extracting(p -> p.profiler()).containsExactly("py-spy");
        // the earlier profile is from the commit before the regression (py-spy may miss a run that ends
        // as it attaches, so not every run of it need have one)
        assertThat(record(store, m.group(2)).git().sha()).isEqualTo(Git.ok(code, "rev-parse", "HEAD~1").trim());
        // the diff flamegraph: slow_part red (after spends a larger share there)
        String svg = Files.readString(Path.of(m.group(3)));
        Matcher red = Pattern.compile("<title>slow_part[^<]*</title><rect [^>]*fill=\"#(..)(..)(..)\"").matcher(svg);
        assertThat(red.find()).as(svg).isTrue();
        assertThat(Integer.parseInt(red.group(1), 16)).isEqualTo(255);
        assertThat(Integer.parseInt(red.group(2), 16)).isLessThan(200);
        assertThat(Files.readString(md)).contains("### Profiles of the regressions").contains("re-ran with py-spy");
        assertThat(Files.readString(junit)).contains("<system-out>profile: work: re-ran with py-spy");
    }

    @Test
    void withoutAnEarlierProfileTheReportSaysSo() throws Exception {
        Path code = Files.createDirectories(tmp.resolve("code"));
        Path store = tmp.resolve("store");
        Git.ok(code, "init", "-q", "-b", "main");
        int[] slow = {8000, 300000};
        for (int c = 0; c < slow.length; c++) {
            Files.writeString(code.resolve("work.py"), String.format(Locale.ROOT, WORK, slow[c]));
            Git.ok(code, "add", "work.py");
            Git.ok(code, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "commit " + c);
            for (int rep = 0; rep < 4; rep++) {
                assertThat(Strata.run("run", "--store", store.toString(), "--repo", code.toString(), "--name", "work",
                        "--language", "python", "--", "python3", code.resolve("work.py").toString()).exitCode()).isZero();
            }
        }
        Strata.Result check = Strata.run("check", "--store", store.toString(), "--repo", code.toString(),
                "--metric", "userSeconds", "--escalate", "--escalate-dir", tmp.resolve("e").toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains("profile: work: re-ran with py-spy as work/")
                .contains("no earlier run of work has a py-spy profile to diff against");
    }

    private static RunRecord record(Path store, String folder) {
        String json = Git.ok(store, "show", "main:" + folder + "/run.json");
        return dev.strata.record.RunJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), folder);
    }
}
