package dev.strata.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares output with a golden file under reporter/src/test/resources/golden/, rewriting it with
 * {@code -Dgolden.update=true}; renders once more under de-DE, which must give the same bytes.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static void check(String name, Supplier<String> render) throws IOException {
        String text = render.get();
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(render.get()).as("%s rendered under de-DE", name).isEqualTo(text);
        } finally {
            Locale.setDefault(saved);
        }
        Path root = Path.of(System.getProperty("strata.root", "..")).resolve("reporter/src/test/resources/golden");
        Path file = root.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
        assertThat(text).as("output vs %s (rewrite with -Dgolden.update=true)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
