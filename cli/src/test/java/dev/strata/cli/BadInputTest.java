package dev.strata.cli;

import dev.strata.testing.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: one clear line naming what and where, exit code 2, and nothing destroyed. */
class BadInputTest {

    @TempDir
    Path tmp;
    Path store;

    @BeforeEach
    void twoRuns() {
        store = tmp.resolve("results");
        for (String n : new String[] {"alpha", "beta"}) {
            assertThat(Strata.run("run", "--store", store.toString(), "--name", n, "--", "true").exitCode()).isZero();
        }
    }

    private static void oneLine(Strata.Result r, String... expected) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1).first().asString().startsWith("strata: ").contains(expected);
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anUnknownRefIsExit2WithItsNameAndReportRemovesNoPage() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(Strata.run("report", "--store", store.toString(), "--out", site.toString()).exitCode()).isZero();
        List<String> before = files(site);
        for (String cmd : new String[] {"export", "ls", "query", "detect", "report"}) {
            List<String> args = new ArrayList<>(List.of(cmd));
            if (cmd.equals("ls")) {
                args.add("processes");
            }
            args.addAll(List.of("--store", store.toString(), "--ref", "mian"));
            if (cmd.equals("report")) {
                args.addAll(List.of("--out", site.toString()));
            }
            oneLine(Strata.run(args.toArray(String[]::new)), "--ref mian: no such branch, tag or commit in the store "
                    + store, "(branches: main)");
        }
        assertThat(files(site)).isEqualTo(before);
    }

    @Test
    void anUnknownMetricInAThresholdIsExit2() {
        oneLine(Strata.run("check", "--store", store.toString(), "--threshold", "nosuch=5%"),
                "--threshold nosuch=...: no metric 'nosuch' in the store");
        oneLine(Strata.run("detect", "--store", store.toString(), "--threshold", "nosuch=5%"), "no metric 'nosuch'");
        assertThat(Strata.run("detect", "--store", store.toString(), "--threshold", "wallSeconds=10%",
                "--threshold", "memory=3%").exitCode()).isZero();
    }

    @Test
    void importOfACorruptGzipOrAFolderAndAReportIntoAFileNameTheFileAndTheProblem() throws Exception {
        Path gz = Files.writeString(tmp.resolve("history.csv.gz"), "series,commit\nnot gzip at all\n");
        oneLine(Strata.run("import", "--store", store.toString(), "--from", "csv", gz.toString()),
                gz + ": not a gzip file although its name ends in .gz");
        Path dir = Files.createDirectories(tmp.resolve("tmp"));
        oneLine(Strata.run("import", "--store", store.toString(), "--from", "csv", dir.toString()),
                dir + ": is a directory");
        Path file = Files.writeString(tmp.resolve("site.txt"), "mine\n");
        oneLine(Strata.run("report", "--store", store.toString(), "--out", file.toString()), "--out " + file + ": is a file");
        assertThat(file).hasContent("mine");
        assertThat(Strata.runs(store)).hasSize(2);
    }

    @Test
    void aCsvSavedByASpreadsheetWithAByteOrderMarkIsImported() throws Exception {
        String csv = "\uFEFFseries,commit,timestamp_iso,value,unit\r\nload,abc1234,2026-01-02T03:04:05Z,1.5,s\r\n";
        Path plain = Files.writeString(tmp.resolve("excel.csv"), csv, StandardCharsets.UTF_8);
        Strata.Result r = Strata.run("import", "--store", store.toString(), "--from", "csv", plain.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path gz = tmp.resolve("excel2.csv.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(csv.replace("load,", "save,").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Strata.run("import", "--store", store.toString(), "--from", "csv", gz.toString()).exitCode()).isZero();
        assertThat(Strata.runs(store)).extracting(x -> x.process()).contains("load", "save");
    }

    @Test
    void aWriterWaitingForTheLockSaysForWhomOnceAndGivesUpAfterLockTimeout() throws Exception {
        List<String> cmd = new ArrayList<>(Git.javaCommand(LockHolderMain.class, store.resolve("strata.lock").toString()));
        Process holder = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            long t0 = System.nanoTime();
            Strata.Result r = Strata.run("run", "--store", store.toString(), "--lock-timeout", "1500ms", "--name", "late",
                    "--", "true");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            List<String> lines = r.err().strip().lines().toList();
            String held = "held by process " + holder.pid() + " (strata import --from csv big.csv)";
            assertThat(lines).filteredOn(l -> l.startsWith("strata: waiting for the store lock")).hasSize(1).first().asString()
                    .contains(held);
            assertThat(lines.get(lines.size() - 1)).startsWith("strata: gave up after 1.5s waiting for the store lock")
                    .contains(held).contains("--lock-timeout");
            assertThat(seconds).isBetween(1.4, 30.0);
            oneLine(Strata.run("run", "--store", store.toString(), "--lock-timeout", "soon", "--", "true"),
                    "--lock-timeout 'soon'");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Strata.run("run", "--store", store.toString(), "--name", "late", "--", "true").exitCode()).isZero();
        assertThat(Strata.runs(store)).hasSize(3);
    }
}
