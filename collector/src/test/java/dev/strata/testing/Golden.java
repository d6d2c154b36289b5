package dev.strata.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: output a user reads is compared byte for byte with a committed file, and
 * {@code -Dgolden.update=true} rewrites the files so a reviewer sees the change as a diff.
 *
 * <p>Output is always rendered under de-DE (a decimal comma, a different grouping), the default
 * locale restored after, and compared with the file: a number formatted without Locale.ROOT comes out
 * differently and fails. It is rendered once more under German with Arabic-Indic digits, which must
 * give the same text: an integer written in the default locale ({@code %d}) fails there. Rewriting
 * renders under Locale.ROOT as well and refuses to write when it differs, so such a number cannot
 * slip into a golden file either.
 */
public final class Golden {

    public static final Locale GERMAN = Locale.GERMANY;
    /** German with Arabic-Indic digits: an integer written with the default locale ({@code %d}) shows too. */
    public static final Locale GERMAN_DIGITS = Locale.forLanguageTag("de-DE-u-nu-arab");

    private final Path dir;

    private Golden(Path dir) {
        this.dir = dir;
    }

    /**
     * The golden files under {@code resources} (e.g. {@code src/test/resources/golden}) of {@code module},
     * found from the build's root when surefire names it, else from the working directory (the module's).
     */
    public static Golden in(String module, String resources) {
        String root = System.getProperty("strata.root");
        return new Golden(root != null && !root.isBlank() ? Path.of(root, module).resolve(resources) : Path.of(resources));
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** {@code render}'s text, rendered under de-DE, is the content of golden file {@code name}. */
    public void check(String name, Supplier<String> render) {
        checkAll(() -> Map.of(name, render.get()));
    }

    /** Each entry of {@code render} (file name to text), all rendered in one call under de-DE, matches its file. */
    public void checkAll(Supplier<Map<String, String>> render) {
        checkAllBytes(() -> {
            Map<String, byte[]> out = new LinkedHashMap<>();
            render.get().forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
            return out;
        });
    }

    /** As {@link #checkAll}, for output that is bytes (SVG, gzip). */
    public void checkAllBytes(Supplier<Map<String, byte[]>> render) {
        Map<String, byte[]> german = inGerman(render);
        Map<String, byte[]> digits = under(GERMAN_DIGITS, render);
        boolean update = Boolean.getBoolean("golden.update");
        Map<String, byte[]> root = update ? under(Locale.ROOT, render) : Map.of();
        for (Map.Entry<String, byte[]> e : german.entrySet()) {
            Path file = file(e.getKey());
            String actual = new String(e.getValue(), StandardCharsets.UTF_8);
            try {
                if (update) {
                    assertThat(actual).as("%s rendered under de-DE and under Locale.ROOT", e.getKey())
                            .isEqualTo(new String(root.get(e.getKey()), StandardCharsets.UTF_8));
                    Files.createDirectories(file.getParent());
                    Files.write(file, e.getValue());
                }
                assertThat(new String(digits.get(e.getKey()), StandardCharsets.UTF_8))
                        .as("%s rendered under %s (a number written in the default locale)", e.getKey(),
                                GERMAN_DIGITS.toLanguageTag()).isEqualTo(actual);
                assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
                assertThat(actual).as("%s rendered under de-DE differs from %s (rerun with -Dgolden.update=true"
                        + " to accept)", e.getKey(), file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }
    }

    /** {@code body} run with de-DE as the default locale, the previous default restored after. */
    public static <T> T inGerman(Supplier<T> body) {
        return under(GERMAN, body);
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
