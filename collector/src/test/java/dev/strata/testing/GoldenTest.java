package dev.strata.testing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenTest {

    private static final Golden GOLDEN = Golden.in("collector", "src/test/resources/testing/golden");

    @Test
    void aNumberWrittenInLocaleRootMatches() {
        GOLDEN.check("one-and-a-half.txt", () -> String.format(Locale.ROOT, "mean %.1f s%n", 1.5));
    }

    @Test
    void aNumberWrittenInTheDefaultLocaleFailsWhateverTheMachineIsSetTo() {
        Locale saved = Locale.getDefault();
        for (Locale machine : new Locale[]{Locale.ROOT, Locale.US, Locale.GERMANY, Locale.FRANCE}) {
            Locale.setDefault(machine);
            try {
                assertThatThrownBy(() -> GOLDEN.check("one-and-a-half.txt", () -> String.format("mean %.1f s%n", 1.5)))
                        .as("on a machine set to %s", machine).isInstanceOf(AssertionError.class)
                        .hasMessageContaining("mean 1,5 s");
                assertThat(Locale.getDefault()).as("restored after a failure").isEqualTo(machine);
            } finally {
                Locale.setDefault(saved);
            }
        }
    }

    @Test
    void anIntegerWrittenInTheDefaultLocaleFailsToo() {
        // %d writes the same digits in de-DE as in Locale.ROOT; the locale's own digits give it away
        assertThat(Golden.inGerman(() -> String.format("mean %d.5 s%n", 1))).isEqualTo("mean 1.5 s\n");
        assertThatThrownBy(() -> GOLDEN.check("one-and-a-half.txt", () -> String.format("mean %d.5 s%n", 1)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("de-DE-u-nu-arab");
        GOLDEN.check("one-and-a-half.txt", () -> String.format(Locale.ROOT, "mean %d.5 s%n", 1));
    }

    @Test
    void everyEntryOfABatchIsRenderedUnderGermanAndTheDefaultComesBack() {
        Locale saved = Locale.getDefault();
        List<Locale> seen = new ArrayList<>();
        GOLDEN.checkAll(() -> {
            seen.add(Locale.getDefault());
            return Map.of("one-and-a-half.txt", "mean 1.5 s\n");
        });
        // the compared rendering is the German one (rewriting renders once more under Locale.ROOT)
        assertThat(seen).first().isEqualTo(Locale.GERMANY);
        assertThat(Locale.getDefault()).isEqualTo(saved);
    }

    @Test
    void aMissingFileSaysHowToCreateIt() {
        if (Boolean.getBoolean("golden.update")) {
            return; // rewriting creates it: nothing to say
        }
        assertThatThrownBy(() -> GOLDEN.check("no-such-file.txt", () -> "x"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("-Dgolden.update=true");
    }
}
