package dev.strata.cli;

import dev.strata.record.ProcessNode;
import dev.strata.record.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** strata's figures against known truth, on real workloads under the real GNU time. */
class MeasurementAccuracyTest {

    @TempDir
    Path tmp;

    private static String python() throws Exception {
        // the real interpreter, not a version-manager shim, so the tree holds exactly what we start
        Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        String exe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(30, TimeUnit.SECONDS);
        return exe;
    }

    @Test
    void maxRssMatchesGnuTimeVerbose() throws Exception {
        String code = "b = b'\\x01' * (512 << 20)\nimport time; time.sleep(0.3)";
        Process ref = new ProcessBuilder("/usr/bin/time", "-v", python(), "-c", code).redirectErrorStream(true).start();
        String out = new String(ref.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ref.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long refKib = Long.parseLong(out.lines().filter(l -> l.contains("Maximum resident set size"))
                .findFirst().orElseThrow().replaceAll("[^0-9]", ""));

        Path store = tmp.resolve("s");
        assertThat(Strata.run("run", "--store", store.toString(), "--name", "touch512", "--", python(), "-c", code)
                .exitCode()).isZero();
        RunRecord r = Strata.onlyRun(store);
        assertThat(r.metrics().maxRssBytes().doubleValue()).isCloseTo(refKib * 1024.0, within(refKib * 1024.0 * 0.03));
        assertThat(r.metrics().maxRssBytes()).isGreaterThan(512L << 20);
        assertThat(r.metrics().treePeakRssBytes()).isGreaterThanOrEqualTo(r.metrics().maxRssBytes());
    }

    @Test
    void treePeakCountsEveryProcessOfTheTree() throws Exception {
        String child = "b = b'\\x02' * (200 << 20); import time; time.sleep(2.0)";
        String parent = String.join("\n",
                "import subprocess, sys, time",
                "held = b'\\x01' * (100 << 20)",
                "kids = [subprocess.Popen([sys.executable, '-c', " + pyString(child) + "]) for _ in range(3)]",
                "for k in kids: k.wait()");
        Path store = tmp.resolve("s");
        Strata.Result res = Strata.run("run", "--store", store.toString(), "--name", "tree", "--", python(), "-c", parent);
        assertThat(res.exitCode()).as(res.err()).isZero();
        RunRecord r = Strata.onlyRun(store);
        assertThat(r.metrics().treePeakRssBytes()).isGreaterThanOrEqualTo(650L << 20);
        assertThat(r.processTree()).hasSize(4);
        ProcessNode root = r.processTree().get(0);
        assertThat(root.peakRssBytes()).isGreaterThan(100L << 20);
        assertThat(r.processTree().subList(1, 4)).allSatisfy(n -> {
            assertThat(n.ppid()).isEqualTo(root.pid());
            assertThat(n.peakRssBytes()).isGreaterThan(200L << 20);
            assertThat(n.command()).contains("-c");
        });
        assertThat(r.timeline().points()).isNotEmpty();
        assertThat(r.timeline().points().stream().mapToLong(p -> p.rssBytes()).max().orElseThrow())
                .isEqualTo(r.metrics().treePeakRssBytes());
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void cpuBurnOfTwoSecondsIsTwoSecondsOfUserTime() throws Exception {
        // the truth: the workload's own account of its CPU time, taken as it ends
        Path truth = tmp.resolve("truth.txt");
        String code = "import os, time\nt = time.process_time()\nx = 0\n"
                + "while time.process_time() - t < 2.0:\n    for i in range(200000): x += i * i\n"
                + "c = os.times()\nopen(" + pyString(truth.toString()) + ", 'w').write(f'{c.user} {c.system}')";
        Path store = tmp.resolve("s");
        assertThat(Strata.run("run", "--store", store.toString(), "--name", "burn", "--", python(), "-c", code)
                .exitCode()).isZero();
        String[] t = Files.readString(truth).split(" ");
        double user = Double.parseDouble(t[0]);
        RunRecord r = Strata.onlyRun(store);
        assertThat(user).as("user CPU of a 2 s arithmetic loop").isGreaterThanOrEqualTo(1.8);
        assertThat(r.metrics().userSeconds()).isCloseTo(user, within(user * 0.05));
        assertThat(r.metrics().userSeconds() + r.metrics().sysSeconds()).isGreaterThanOrEqualTo(2.0);
        assertThat(r.processTree()).hasSize(1);
        assertThat(r.processTree().get(0).cpuSeconds()).isCloseTo(2.0, within(0.25));
    }

    @Test
    void withoutGnuTimeTheSamplerMeasuresAndSaysSo() throws Exception {
        // the generic profiler's fallback, driven directly: no time binary
        var launcher = new dev.strata.measure.Launcher(tmp.resolve("no-time"));
        var ex = launcher.run(new dev.strata.measure.Launch(java.util.List.of(python(), "-c",
                "b = b'\\x01' * (64 << 20)\nimport time; time.sleep(0.5)"), tmp, java.util.Map.of(), null,
                java.time.Duration.ofSeconds(1), 50, 0, tmp), dev.strata.measure.ProcessRunner.StartListener.NONE);
        assertThat(ex.report().exitCode()).isZero();
        assertThat(ex.sampled().maxProcessRssBytes()).isGreaterThan(64L << 20);
        assertThat(ex.warnings()).anyMatch(w -> w.contains("GNU time not found"));
        assertThat(Files.exists(tmp.resolve("no-time"))).isFalse();
    }
}
