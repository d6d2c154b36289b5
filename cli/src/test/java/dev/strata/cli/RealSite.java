package dev.strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site built the way a user builds one: a small code repository whose workload ({@code realsite/work.py})
 * doubles its work at commit {@link #STEP}, measured at every commit by {@code strata run}; three of those runs
 * profiled (real py-spy captures of the workload, drawn by strata run's flamegraph engine); then
 * {@code strata report} with real detection, diff flamegraphs and downloads. Also: a parameter sweep (the
 * scaling page), a run that fails, and one whose free text tries to break out of the page.
 */
final class RealSite {

    static final int COMMITS = 16;
    /** The first commit whose workload does twice the work. */
    static final int STEP = 8;
    static final String HOST = "test-host";
    /** The profile's name in the store (a replayed py-spy capture). */
    static final String PROFILER = "py-spy-replay";
    static final Map<Integer, String> TAGS = Map.of(2, "v1.0", 6, "v1.1", 11, "v1.2", COMMITS - 1, "v1.3");
    static final int RUN_PAGES = 6;
    static final String EVIL = "<script>window.xssed=1</script>\"'&<b>Ünïcødé</b>";

    final Path code;
    final Path store;
    final Path site;
    /** Commit of the code under test, oldest first. */
    final List<String> shas = new ArrayList<>();
    /** What {@code strata report} printed. */
    String reportLog;

    private final String python;

    private RealSite(Path root) throws IOException, InterruptedException {
        code = root.resolve("code");
        store = root.resolve("results");
        site = root.resolve("site");
        python = realPython();
    }

    static RealSite build(Path root) throws Exception {
        RealSite s = new RealSite(root);
        s.measureEveryCommit(root);
        s.report();
        return s;
    }

    private void measureEveryCommit(Path root) throws Exception {
        Files.createDirectories(code);
        git(null, "init", "-q", "-b", "main");
        String source = resource("work.py");
        for (int c = 0; c < COMMITS; c++) {
            String work = c < STEP ? source : source.replace("ROUNDS = 20", "ROUNDS = 40").replace("PAUSE = 0.4", "PAUSE = 0.8");
            if (c >= STEP) {
                assertThat(work).as("the slower workload").isNotEqualTo(source);
            }
            Files.writeString(code.resolve("work.py"), work);
            Files.writeString(code.resolve("CHANGES"), "change " + c + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            git(c, "add", "-A");
            git(c, "commit", "-q", "-m", "change " + c);
            shas.add(git(null, "rev-parse", "HEAD").strip());
            List<String> args = new ArrayList<>(List.of("run", "--name", "work", "--repo", code.toString(),
                    "--host-id", HOST, "--language", "python", "--task", "score", "--description", "score 60,000 rows"));
            if (TAGS.containsKey(c)) {
                args.addAll(List.of("--tag", TAGS.get(c)));
            }
            // the runs around the step and the newest carry a profile: a py-spy capture of this workload
            // replayed through strata run's own profiler path (see realsite/README.md; live py-spy samples on
            // a loaded machine vary too much for a test of the diff's colours)
            String capture = c == STEP - 1 ? "py-spy-before.folded" : c == STEP || c == COMMITS - 1 ? "py-spy-after.folded" : null;
            if (capture != null) {
                Path file = root.resolve(capture);
                Files.writeString(file, resource(capture));
                args.addAll(List.of("--profile", "custom:" + PROFILER + ":folded=cp '" + file + "' {out}; : {pid}"));
            }
            args.addAll(List.of("--store", store.toString(), "--", python, code.resolve("work.py").toString()));
            strata(args);
        }
        int last = COMMITS - 1;
        for (int rows : new int[]{15_000, 30_000, 60_000, 120_000}) {
            strata(List.of("run", "--store", store.toString(), "--name", "work-sweep", "--repo", code.toString(),
                    "--host-id", HOST, "--language", "python", "--task", "score", "--param", "rows=" + rows,
                    "--", python, code.resolve("work.py").toString(), Integer.toString(rows)));
        }
        Strata.Result failed = Strata.run("run", "--store", store.toString(), "--name", "work-sweep", "--repo",
                code.toString(), "--host-id", HOST, "--param", "rows=1", "--", python, "-c", "raise SystemExit(3)");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(3);
        strata(List.of("run", "--store", store.toString(), "--name", "hostile", "--repo", code.toString(),
                "--host-id", HOST, "--description", EVIL, "--meta", "public.note=" + EVIL, "--param", "mode=" + EVIL,
                "--", "true"));
        assertThat(shas.get(last)).hasSize(40);
    }

    private void report() {
        Strata.Result r = Strata.run("report", "--store", store.toString(), "--out", site.toString(), "--title",
                "work perf", "--run-pages", Integer.toString(RUN_PAGES));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning");
        reportLog = r.err();
    }

    private static void strata(List<String> args) {
        Strata.Result r = Strata.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("strata %s\n%s", String.join(" ", args), r.err()).isZero();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RealSite.class.getResourceAsStream("/realsite/" + name)) {
            assertThat(in).as("test resource realsite/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The interpreter itself, not a version manager's shim, so that timings are the workload's. */
    private static String realPython() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        String exe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("python3 is needed (apt-get install python3)")
                .isTrue();
        return exe;
    }

    /** Git in the code repository; commit {@code c} (when given) is dated {@code c} days after the first. */
    private String git(Integer c, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Ada", "-c", "user.email=ada@example.org",
                "-c", "commit.gpgsign=false", "-C", code.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (c != null) {
            String when = Instant.parse("2026-03-02T09:00:00Z").plusSeconds(86_400L * c).toString();
            pb.environment().put("GIT_AUTHOR_DATE", when);
            pb.environment().put("GIT_COMMITTER_DATE", when);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("git %s: %s", String.join(" ", args), out)
                .isTrue();
        return out;
    }
}
