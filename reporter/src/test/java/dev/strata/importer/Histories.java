package dev.strata.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.fail;

/** The real published histories in {@code ../shared/data/histories/}, read in place. */
final class Histories {

    private Histories() {
    }

    static Path file(String name) {
        String shared = System.getProperty("strata.shared", "../../shared");
        Path p = Path.of(shared, "data", "histories", name);
        if (!Files.isRegularFile(p)) {
            fail("real history " + p.toAbsolutePath() + " is missing: strata's tests read ../shared/data/histories/"
                    + " (see the data README); set -Dstrata.shared=DIR if it lives elsewhere");
        }
        return p;
    }

    static List<ImportedPoint> points(String name) {
        Path p = file(name);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.UTF_8))) {
            return HistoryCsv.parse(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
