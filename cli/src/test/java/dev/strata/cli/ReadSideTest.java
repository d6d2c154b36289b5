package dev.strata.cli;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.series.StoreSnapshot;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Records;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reading command goes through the one store reader: after {@code report} has read the store,
 * detect, check, export, query and ls parse nothing again (they take the summaries from the store's
 * shared cache), and a broken record is skipped by each of them with one warning naming it.
 */
class ReadSideTest {

    private static final String BROKEN_FOLDER = "2025-06-01T00-00-00.000Z-";

    @TempDir
    static Path dir;
    static Path store;
    static String current;
    static String baseline;

    @BeforeAll
    static void makeStore() throws Exception {
        store = dir.resolve("store");
        try (GitStore s = GitStore.openOrCreate(store)) {
            List<RunFiles> batch = new ArrayList<>();
            Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
            for (int commit = 0; commit < 6; commit++) {
                String sha = String.format(Locale.ROOT, "%x%039x", commit + 1, 0xabcL);
                for (String process : List.of("ingest-a", "query-b")) {
                    for (int rep = 0; rep < 3; rep++) {
                        Instant at = t0.plusSeconds(3600L * commit + 60L * rep + (process.startsWith("q") ? 30 : 0));
                        RunRecord r = Records.full(process, sha, at, 10 + commit + rep * 0.1);
                        batch.add(RunFiles.of(process, at, RunJson.write(r)));
                    }
                }
                if (commit == 4) {
                    baseline = sha;
                }
                current = sha;
            }
            s.writeAll(batch, "36 runs");
        }
    }

    private static String[] with(String... args) {
        List<String> out = new ArrayList<>(List.of(args));
        out.addAll(List.of("--store", store.toString()));
        return out.toArray(String[]::new);
    }

    private static List<String[]> readers() {
        return List.of(with("detect"), with("check", "--current", current.substring(0, 10), "--baseline",
                        baseline.substring(0, 10)), with("export", "--format", "csv"),
                with("query", "--group-by", "tag"), with("ls", "tags"), with("ls", "hosts"));
    }

    @Test
    void afterTheSiteIsBuiltNoCommandParsesARecordAgain() throws Exception {
        InProcess report = InProcess.run(with("report", "--out", dir.resolve("site").toString()));
        assertThat(report.exit()).as(report.err()).isZero();
        long parsed = StoreSnapshot.parsedSoFar();
        for (String[] args : readers()) {
            InProcess r = InProcess.run(args);
            assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isLessThan(2);
            assertThat(StoreSnapshot.parsedSoFar()).as(args[0] + " parsed runs again").isEqualTo(parsed);
        }
        InProcess show = InProcess.run(with("show", "ingest-a/" + folderOf("ingest-a", 0)));
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("processTree:").contains("timeline:");

        // the real command in its own JVM says so too
        ProcessBuilder pb = Cli.builder(dir, with("detect"));
        pb.environment().put("STRATA_TRACE", "1");
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isZero();
        assertThat(err).contains("read 36 runs: 0 parsed, 36 from cache, 0 skipped");
    }

    @Test
    void aBrokenRecordIsSkippedByEveryCommandWithOneWarning() throws Exception {
        Path broken = dir.resolve("broken");
        copy(store, broken);
        try (GitStore s = GitStore.open(broken)) {
            s.writeAll(List.of(RunFiles.of("ingest-a", Instant.parse("2025-06-01T00:00:00Z"),
                    "{\"process\": \"ingest-a\", \"metrics\": ".getBytes(StandardCharsets.UTF_8))), "a broken run");
        }
        List<String[]> commands = new ArrayList<>(readers());
        commands.add(0, with("report", "--out", dir.resolve("broken-site").toString()));
        for (String[] args : commands) {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals(store.toString())) {
                    args[i] = broken.toString();
                }
            }
            InProcess r = InProcess.run(args);
            assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isLessThan(2);
            assertThat(r.err().lines().filter(l -> l.startsWith("strata: warning: skipped ")).toList())
                    .as(args[0] + ": " + r.err()).singleElement().asString()
                    .startsWith("strata: warning: skipped ingest-a/" + BROKEN_FOLDER)
                    .contains("/run.json: not a valid run record");
        }
    }

    private static String folderOf(String process, int index) throws Exception {
        try (GitStore s = GitStore.open(store); StoreSnapshot snap = new StoreSnapshot(s.repository())) {
            return snap.folders(s.refName()).stream().filter(f -> f.process().equals(process)).toList()
                    .get(index).folder();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
