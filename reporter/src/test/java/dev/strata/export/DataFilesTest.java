package dev.strata.export;

import dev.strata.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataFilesTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    @Test
    void writesAllRunsAndOneFilePerProcess(@TempDir Path dir) throws IOException {
        List<Path> files = DataFiles.write(Fixtures.source(), dir.resolve("data")).files();
        assertThat(files).extracting(p -> dir.resolve("data").relativize(p).toString()).containsExactly(
                "runs.csv", "processes/ingest-pbmc3k.csv", "processes/query-obs.csv",
                "processes/end_to_end-http1_body_both_100kb.csv");
        StringWriter export = new StringWriter();
        Exporter.export(Fixtures.source(), new Exporter.Request(RunFilter.ALL, List.of(), Form.WIDE,
                ExportFormats.CSV), export);
        assertThat(Files.readString(files.get(0))).as("runs.csv is the default export").isEqualTo(export.toString());
        GOLDEN.check("data/ingest-pbmc3k.csv", () -> read(files.get(1)));
        GOLDEN.check("data/query-obs.csv", () -> read(files.get(2)));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
