package dev.strata.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under src/test/resources/golden; {@code -Dgolden.update=true} rewrites them so a
 * reviewer sees the change as a diff. Output is produced under Locale.ROOT and again under de-DE,
 * and must be byte-identical both times.
 */
public final class Golden {

    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, Supplier<String> render) {
        String root = under(Locale.ROOT, render);
        String german = under(Locale.GERMANY, render);
        assertThat(german).as("output under de-DE differs from Locale.ROOT").isEqualTo(root);
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, root, StandardCharsets.UTF_8);
            }
            assertThat(Files.exists(file)).as(file + " is missing: run the tests with -Dgolden.update=true").isTrue();
            assertThat(root).as("differs from " + file + " (rerun with -Dgolden.update=true to accept)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T under(Locale locale, Supplier<T> body) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return body.get();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
