package dev.strata.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * Excerpts of real published histories, committed in the test resources ({@code histories/}, cut by
 * {@code bench/cut-history-excerpts}): a few hundred rows of each, as the projects published them.
 */
final class Histories {

    private Histories() {
    }

    static List<ImportedPoint> points(String name) {
        InputStream in = Histories.class.getResourceAsStream("/histories/" + name);
        if (in == null) {
            fail("no excerpt histories/" + name + " in the test resources");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return HistoryCsv.parse(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
