package dev.strata.cli;

import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    record Outcome(int code, String out, String err) {
    }

    static Outcome strata(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static RunFiles run(String process, int i) {
        RunRecord.Builder b = RunRecord.builder();
        b.id = "01JTEST" + i;
        b.process = process;
        b.command = List.of("python3", "/home/bob/x.py");
        b.startedAt = Instant.parse("2026-05-01T10:00:00Z").plusSeconds(60L * i);
        b.status = RunStatus.OK;
        b.exitCode = 0;
        b.git = new GitInfo("a".repeat(39) + i, "aaaaaa" + i, "main", null, false, b.startedAt.minusSeconds(600), null);
        b.host = new HostInfo("bobs-laptop", "bobs-laptop", "Linux", null, "x86_64", null, 4, 8, null, null, null);
        b.metrics = new Metrics(1.0 + i / 10.0, 0.9, 0.1, 99.0, 50_000_000L, null, null, null, null, null, null, null,
                null, null, "gnu-time");
        return RunFiles.of(process, b.startedAt, RunJson.write(b.build()));
    }

    @Test
    void buildsTheSiteAndNamesACorruptRecord(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("results");
        try (GitStore s = GitStore.openOrCreate(store)) {
            s.writeAll(List.of(run("ingest", 1), run("ingest", 2), run("ingest", 3)), "runs");
            s.write(RunFiles.of("broken", Instant.parse("2026-05-01T11:00:00Z"), "{\"schema\": \"strata.run/1\", oops".getBytes(StandardCharsets.UTF_8)));
        }
        Path site = tmp.resolve("site");
        Outcome o = strata("report", "--store", store.toString(), "--out", site.toString(), "--title", "Perf");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).containsPattern("warning: skipped broken/[^ ]+/run.json: not a valid run record")
                .contains("3 runs (3 parsed, 0 from cache, 1 unreadable skipped)")
                .contains("strata: pages: 1 process, 3 run,").contains("pages (");
        assertThat(site.resolve("index.html")).content().contains("Perf").contains("ingest").doesNotContain("broken");

        Outcome again = strata("report", "--store", store.toString(), "--out", site.toString(), "--title", "Perf");
        assertThat(again.err()).contains("(0 parsed, 3 from cache, 1 unreadable skipped)").contains("0 rendered");
    }

    @Test
    void publicSiteLeavesOutHostAndUserNames(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("results");
        try (GitStore s = GitStore.openOrCreate(store)) {
            s.writeAll(List.of(run("ingest", 1), run("ingest", 2)), "runs");
        }
        Path site = tmp.resolve("site");
        Outcome o = strata("report", "--store", store.toString(), "--out", site.toString(), "--public",
                "--base-url", "https://example.github.io/perf/");
        assertThat(o.code()).as(o.err()).isZero();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(f).content().doesNotContain("bob")
                        .contains("<link rel=\"canonical\" href=\"https://example.github.io/perf/" + site.relativize(f) + "\">");
            }
        }
    }

    @Test
    void badOptionsGetOneLineAndExitCodeTwo(@TempDir Path tmp) {
        Outcome o = strata("report", "--store", tmp.resolve("none").toString(), "--out", tmp.resolve("s").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith("strata: no store at").hasLineCount(1);
        Outcome pages = strata("report", "--run-pages", "0");
        assertThat(pages.code()).isEqualTo(2);
        assertThat(pages.err()).contains("--run-pages must be at least 1");
    }
}
