package dev.strata.cli;

import dev.strata.flame.FrameTreeFaults;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.Profile;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code strata report} with every part in place: detection marks a real step, the flamegraph
 * engine draws the diff against the previous profiled run, the CSV downloads are written.
 */
class ReportWiringTest {

    @TempDir
    Path tmp;

    private RunFiles run(int commit, int rep, double wall, Path folded) {
        RunRecord.Builder b = RunRecord.builder();
        Instant t = Instant.parse("2026-06-01T00:00:00Z").plusSeconds(3600L * commit + rep);
        b.id = dev.strata.record.Ulid.next(t, new Random(commit * 100L + rep));
        b.process = "ingest";
        b.command = List.of("python3", "ingest.py");
        b.startedAt = t;
        b.status = RunStatus.OK;
        b.exitCode = 0;
        String sha = String.format("%07x%033d", 0xabc000 + commit, 0);
        b.git = new GitInfo(sha, sha.substring(0, 7), "main", null, false, t, null);
        b.host = new HostInfo("ci-linux", "runner", "Linux", null, "x86_64", null, 2, 2, null, null, null);
        b.metrics = new Metrics(wall, wall * 0.9, 0.05, 95.0, 200_000_000L, null, null, null, null, null, null, null,
                null, null, "gnu-time");
        TreeMap<String, Path> att = new TreeMap<>();
        if (folded != null) {
            b.profiles = List.of(new Profile("py-spy", "cpu", "folded", "profiles/py-spy.folded", null, 1L, 100L, null));
            att.put("profiles/py-spy.folded", folded);
        }
        return new RunFiles("ingest", t, RunJson.write(b.build()), att);
    }

    @Test
    void regressionsDiffFlamegraphsAndDownloads() throws Exception {
        Path before = Files.writeString(tmp.resolve("before.folded"), "main;read;parse 70\nmain;write 30\n");
        Path after = Files.writeString(tmp.resolve("after.folded"), "main;read;parse 140\nmain;write 30\n");
        Random noise = new Random(3);
        List<RunFiles> runs = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            double level = c < 20 ? 10.0 : 13.0; // a 1.3x step at the 21st commit
            for (int rep = 0; rep < 3; rep++) {
                // the two newest runs carry profiles: the newest run's page diffs against the one before
                Path prof = rep == 2 && (c == 28 || c == 29) ? (c == 28 ? before : after) : null;
                runs.add(run(c, rep, level * (1 + noise.nextGaussian() * 0.01), prof));
            }
        }
        Path store = tmp.resolve("results");
        try (GitStore s = GitStore.openOrCreate(store)) {
            s.writeAll(runs, "history");
        }
        Path site = tmp.resolve("site");
        Strata.Result r = Strata.run("report", "--store", store.toString(), "--out", site.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();

        String regressions = Files.readString(site.resolve("regressions.html"));
        assertThat(regressions).contains("ingest").contains(String.format("%07x..%07x", 0xabc000 + 19, 0xabc000 + 20));
        assertThat(regressions).containsIgnoringCase("regression");

        try (Stream<Path> files = Files.walk(site)) {
            List<Path> diffs = files.filter(p -> p.getFileName().toString().equals("py-spy-diff.svg")).toList();
            assertThat(diffs).hasSize(1);
            String svg = Files.readString(diffs.get(0));
            assertThat(svg).startsWith("<?xml").contains("<svg").contains("parse");
        }
        assertThat(site.resolve("data/runs.csv")).exists();
        assertThat(Files.readAllLines(site.resolve("data/runs.csv"))).hasSize(91);
        assertThat(site.resolve("data/processes/ingest.csv")).exists();
    }

    /** Two consecutive runs holding the profile that once hung the engine: the site builds, with the diff. */
    @Test
    void profilesThatOnceHungTheEngineStillGiveASite() throws Exception {
        Path folded = tmp.resolve("hang.folded");
        try (InputStream gz = new GZIPInputStream(ReportWiringTest.class.getResourceAsStream("/flame/flame-hang.folded.gz"))) {
            Files.write(folded, gz.readAllBytes());
        }
        Path store = tmp.resolve("results");
        try (GitStore s = GitStore.openOrCreate(store)) {
            s.writeAll(List.of(run(1, 0, 10, folded), run(2, 0, 10, folded)), "history");
        }
        Path site = tmp.resolve("site");
        Strata.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Strata.run("report", "--store", store.toString(), "--out", site.toString()));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(diffSvgs(site)).hasSize(1);

        // and when the engine itself fails, the page is built without the diff and the report says why
        Path again = tmp.resolve("site2");
        try (FrameTreeFaults f = FrameTreeFaults.failOn("after", new IllegalStateException("injected"))) {
            Strata.Result failed = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> Strata.run("report", "--store", store.toString(), "--out", again.toString()));
            assertThat(failed.exitCode()).as(failed.err()).isZero();
            assertThat(failed.err()).contains("diff flamegraph of ingest/").contains("injected");
        }
        assertThat(diffSvgs(again)).isEmpty();
    }

    private static List<Path> diffSvgs(Path site) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-diff.svg")).toList();
        }
    }
}
