package dev.strata.cli;

import dev.strata.record.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * examples/single-cell at its smallest size with the real tools: tiledbsoma, anndata, scanpy, R with
 * Seurat, g++ (examples/single-cell/install.sh installs them; .ci/install calls it).
 */
class SingleCellSuiteTest {

    @TempDir
    Path dir;

    @Test
    void theSingleCellSuiteRunsAtItsSmallestSize() throws Exception {
        Path examples = Path.of(System.getProperty("strata.root"), "examples", "single-cell");
        Path copy = dir.resolve("single-cell");
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !examples.relativize(f).startsWith("data")
                    && !examples.relativize(f).startsWith("build")).toList()) {
                Path to = copy.resolve(examples.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path store = dir.resolve("store");
        Strata.Result r = Strata.run("suite", "run", copy.resolve("single-cell.suite.yaml").toString(),
                "--param", "cells=1000", "--repetitions", "1", "--store", store.toString(), "--repo", copy.toString());
        assertThat(r.exitCode()).as(r.err() + "\n(install the workloads' tools with examples/single-cell/install.sh)")
                .isZero();
        List<RunRecord> runs = Strata.runs(store);
        assertThat(runs).extracting(RunRecord::process).containsOnly("soma-ingest", "soma-query", "anndata-sparse",
                "scanpy-normalize", "seurat-normalize", "cpp-normalize");
        assertThat(runs).hasSize(12).allSatisfy(run -> {
            assertThat(run.status().name()).isEqualTo("OK");
            assertThat(run.params()).containsEntry("cells", 1000L);
        });
        RunRecord ingest = runs.stream().filter(x -> x.process().equals("soma-ingest")).findFirst().orElseThrow();
        assertThat(ingest.userData().get("tiledb_stats")).as("TileDB stats kept as user data").isNotNull();
        assertThat(ingest.environment().libraries()).containsKey("tiledbsoma");
        assertThat(runs).extracting(RunRecord::language).contains("python", "r", "cpp");
        assertThat(r.out()).contains("seurat-normalize cells=1000", "cpp-normalize cells=1000");
    }
}
