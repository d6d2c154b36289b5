package dev.strata.cli;

import dev.strata.record.Better;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What users give {@code strata run} beyond the command, good and bad. */
class RunInputsTest {

    @TempDir
    Path tmp;

    private void refused(String expected, String... args) {
        Path store = tmp.resolve("s");
        String[] all = new String[args.length + 6];
        all[0] = "run";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        all[args.length + 3] = "--";
        all[args.length + 4] = "touch";
        all[args.length + 5] = tmp.resolve("ran").toString();
        Strata.Result r = Strata.run(all);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().startsWith("strata: ").contains(expected);
        assertThat(tmp.resolve("ran")).doesNotExist();
        assertThat(Strata.runs(store)).isEmpty();
    }

    @Test
    void badInputIsOneLineExit2AndNothingRunsOrIsCommitted() throws Exception {
        refused("--meta-file " + tmp.resolve("nope.json") + ": cannot read", "--meta-file", tmp.resolve("nope.json").toString());
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{ not json");
        refused("not valid JSON", "--meta-file", bad.toString());
        refused("unknown language 'cobol'", "--libs", "cobol:x");
        refused("--sample-interval '-5ms'", "--sample-interval", "-5ms");
        refused("--timeout 'soon'", "--timeout", "soon");
        refused("--meta expects KEY=VALUE", "--meta", "novalue");
        refused("--metric 'x'", "--metric", "x");
    }

    @Test
    void metaFilesLibrariesMetricsAndVariablesAreRecorded() throws Exception {
        Path stats = Files.writeString(tmp.resolve("tiledb-stats.json"),
                "{\"tiledb\": {\"reads\": 12, \"bytes\": 4096}, \"api_key\": \"abc\"}");
        String workload = "import os\n"
                + "with open(os.environ['STRATA_METRICS_FILE'], 'a') as f:\n"
                + "    f.write('{\"name\": \"cells_per_second\", \"value\": 2500.5, \"unit\": \"1/s\"}\\n')\n"
                + "    f.write('{broken\\n')\n";
        Path store = tmp.resolve("s");
        Strata.Result r = Strata.run("run", "--store", store.toString(), "--name", "ctx", "--meta-file", stats.toString(),
                "--meta", "dataset=pbmc3k", "--libs", "python:pip,surely-not-installed-xyz", "--metric", "load=3.5[s]",
                "--env-var", "MY_SETTING", "--", "python3", "-c", workload);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("$STRATA_METRICS_FILE line 2: ignored metric");
        RunRecord rec = Strata.onlyRun(store);
        assertThat(rec.userData().path("tiledb").path("reads").asInt()).isEqualTo(12);
        assertThat(rec.userData().path("api_key").asText()).isEqualTo("***");
        assertThat(rec.userData().path("dataset").asText()).isEqualTo("pbmc3k");
        assertThat(rec.environment().runtimes()).containsKey("python");
        assertThat(rec.environment().libraries()).containsEntry("surely-not-installed-xyz", "missing");
        assertThat(rec.environment().libraries().get("pip")).matches("\\d+\\.\\d+.*");
        assertThat(rec.customMetrics()).containsOnlyKeys("cells_per_second", "load");
        assertThat(rec.customMetrics().get("cells_per_second").better()).isEqualTo(Better.HIGHER);
        assertThat(rec.customMetrics().get("load").value()).isEqualTo(3.5);
        assertThat(rec.warnings()).anyMatch(w -> w.contains("line 2"));
    }

    @Test
    void rLibraryVersionsComeFromR() {
        Path store = tmp.resolve("s");
        Strata.Result r = Strata.run("run", "--store", store.toString(), "--name", "r", "--libs", "r:stats,NotAPackage",
                "--", "true");
        assertThat(r.exitCode()).as(r.err()).isZero();
        RunRecord rec = Strata.onlyRun(store);
        assertThat(rec.environment().runtimes()).as("R (Debian r-base-core, installed by .ci/install)").containsKey("R");
        assertThat(rec.environment().libraries().get("stats")).matches("\\d+\\.\\d+.*");
        assertThat(rec.environment().libraries()).containsEntry("NotAPackage", "missing");
    }

    @Test
    void timeoutEndsTheWholeTreeAndIsRecorded() throws Exception {
        Path store = tmp.resolve("s");
        long t0 = System.nanoTime();
        Strata.Result r = Strata.run("run", "--store", store.toString(), "--name", "slow", "--timeout", "1s", "--",
                "sh", "-c", "sleep 60 & sleep 60; wait");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isLessThan(30);
        RunRecord rec = Strata.onlyRun(store);
        assertThat(rec.status()).isEqualTo(RunStatus.TIMEOUT);
        assertThat(r.exitCode()).isNotZero();
        assertThat(ProcessHandle.allProcesses().filter(h -> h.info().commandLine().orElse("").equals("sleep 60")))
                .as("no sleep left behind").isEmpty();
    }
}
