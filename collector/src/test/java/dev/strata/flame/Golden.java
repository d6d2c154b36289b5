package dev.strata.flame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: output a user reads is compared byte for byte with a committed file, and
 * {@code -Dgolden.update=true} rewrites the files so a reviewer sees the change as a diff.
 */
final class Golden {

    private Golden() {
    }

    static void check(String relative, byte[] actual) throws IOException {
        Path file = sourceDir().resolve(relative);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
            return;
        }
        assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as("output differs from %s (rerun with -Dgolden.update=true to accept)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Path sourceDir() {
        String root = System.getProperty("strata.root");
        Path base = root != null ? Path.of(root, "collector") : Path.of("");
        return base.resolve("src/test/resources/flame/golden");
    }
}
