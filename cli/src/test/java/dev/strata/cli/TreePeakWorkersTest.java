package dev.strata.cli;

import dev.strata.record.ProcessNode;
import dev.strata.record.RunRecord;
import dev.strata.record.Sampling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree's peak memory of the bundled workers example: a parent and three pool workers that
 * each hold 40 MiB for a fraction of the 100 ms sampling interval. The sampler must see them
 * side by side, and the record must say how it looked.
 */
class TreePeakWorkersTest {

    private static final long MIB = 1 << 20;

    @TempDir
    Path tmp;

    @Test
    void shortLivedWorkersAreSeenSideBySide() {
        Path example = Path.of(System.getProperty("strata.root", "..")).resolve("examples/python/workers.py").toAbsolutePath();
        Path store = tmp.resolve("s");
        Strata.Result res = Strata.run("run", "--store", store.toString(), "--name", "workers", "--",
                "python3", example.toString(), "--workers", "3");
        assertThat(res.exitCode()).as(res.err()).isZero();
        RunRecord r = Strata.onlyRun(store);

        List<ProcessNode> workers = r.processTree().stream().filter(n -> n.peakRssBytes() != null
                && n.peakRssBytes() >= 40 * MIB).toList();
        assertThat(workers).as("processes seen holding their 40 MiB: %s", r.processTree()).hasSizeGreaterThanOrEqualTo(3);
        // the parent plus at least two workers at one moment (three when the pool hands one task to
        // each; a worker done early may take the third task itself)
        long parent = r.processTree().get(0).peakRssBytes();
        assertThat(r.metrics().treePeakRssBytes()).as("tree peak, record %s", r.metrics())
                .isGreaterThanOrEqualTo(parent + 2 * 40 * MIB);

        Sampling s = r.sampling();
        assertThat(s.method()).isEqualTo(Sampling.PROC_RSS_SUM);
        assertThat(s.intervalMillis()).isEqualTo(100);
        assertThat(s.fastIntervalMillis()).isEqualTo(10);
        assertThat(s.samples()).isPositive();
    }
}
