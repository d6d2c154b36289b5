package dev.strata.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clone of the repository is all the tests have: no test source reaches for the data beside the
 * checkout (the shared data directory, or the property that names it). Benchmarks
 * ({@code dev/strata/bench/}) may, they replay the full published data.
 */
class SelfContainedTestsTest {

    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|strata\\.shared");

    @Test
    void noTestReadsOutsideTheRepository() throws IOException {
        Path root = Path.of(System.getProperty("strata.root", "..")).toAbsolutePath().normalize();
        assertThat(root.resolve("pom.xml")).as("the repository root (strata.root)").exists();
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String module : List.of("collector", "reporter", "cli")) {
            try (Stream<Path> s = Files.walk(root.resolve(module).resolve("src/test/java"))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    if (p.toString().contains("/dev/strata/bench/") || p.endsWith("SelfContainedTestsTest.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(p);
                    for (int i = 0; i < lines.size(); i++) {
                        if (OUTSIDE.matcher(lines.get(i)).find()) {
                            found.add(root.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(found).as("test sources that read outside the repository (commit an excerpt as a test resource)")
                .isEmpty();
    }
}
